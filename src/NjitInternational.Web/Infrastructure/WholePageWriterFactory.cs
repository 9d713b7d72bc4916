using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace NjitInternational.Web.Infrastructure;

/// <summary>
/// Views write through a 64K-character buffer instead of MVC's 16K, so a whole page (the partner
/// directory is ~23 KB) reaches Kestrel in one write: each write to the response is a socket send,
/// and with 16K a page went out in two or three sends. Buffers come from the shared array pools.
/// </summary>
internal sealed class WholePageWriterFactory : IHttpResponseStreamWriterFactory
{
    public const int BufferSize = 64 * 1024;

    public TextWriter CreateWriter(Stream stream, Encoding encoding) =>
        new HttpResponseStreamWriter(stream, encoding, BufferSize, ArrayPool<byte>.Shared, ArrayPool<char>.Shared);
}
