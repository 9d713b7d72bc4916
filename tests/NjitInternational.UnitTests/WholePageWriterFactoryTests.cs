using System.Text;
using NjitInternational.Web.Infrastructure;

namespace NjitInternational.UnitTests;

/// <summary>A page up to 64K characters reaches the response in one write (each write to Kestrel is a socket send).</summary>
public sealed class WholePageWriterFactoryTests
{
    [Fact]
    public async Task APageOf30KCharacters_IsWrittenOnce_WhenFlushed()
    {
        var body = new CountingStream();
        var page = new string('x', 30_000);

        await using (var writer = new WholePageWriterFactory().CreateWriter(body, new UTF8Encoding(false)))
        {
            foreach (var chunk in page.Chunk(100))
            {
                await writer.WriteAsync(new string(chunk));
            }

            Assert.Equal(0, body.Writes);
            await writer.FlushAsync();
        }

        Assert.Equal(1, body.Writes);
        Assert.Equal(page, Encoding.UTF8.GetString(body.ToArray()));
    }

    /// <summary>Counts the writes made to it (the base class's async overloads call its sync ones: counted once).</summary>
    private sealed class CountingStream : MemoryStream
    {
        private int _depth;

        public int Writes { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Count(() => base.Write(buffer, offset, count));
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var copy = buffer.ToArray();
            Count(() => base.Write(copy));
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Count(() => base.Write(buffer, offset, count));
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Count(() => base.Write(buffer.Span));
            return ValueTask.CompletedTask;
        }

        private void Count(Action write)
        {
            if (_depth++ == 0)
            {
                Writes++;
            }

            try
            {
                write();
            }
            finally
            {
                _depth--;
            }
        }
    }
}
