using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace NjitInternational.Web.Features.Media;

/// <summary>
/// Keeps the files in a folder on local disk (by default App_Data/media, outside the web root, so
/// nothing there is served except through <see cref="Controllers.MediaController"/>).
/// </summary>
public sealed partial class LocalDiskMediaStorage(IOptions<MediaOptions> options, IWebHostEnvironment environment) : IMediaStorage
{
    private readonly string _root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.StoragePath));

    public string Root => _root;

    public async Task WriteAsync(Guid key, string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var path = PathOf(key, fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written under a temporary name and moved, so a reader never sees half a file.
        var temporary = path + "." + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture) + ".tmp";
        await File.WriteAllBytesAsync(temporary, content.ToArray(), cancellationToken);
        File.Move(temporary, path, overwrite: false);
    }

    public Task<Stream?> OpenReadAsync(Guid key, string fileName, CancellationToken cancellationToken)
    {
        var path = PathOf(key, fileName);
        Stream? stream = File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16 * 1024, useAsync: true)
            : null;
        return Task.FromResult(stream);
    }

    public Task DeleteAsync(Guid key, CancellationToken cancellationToken)
    {
        var folder = FolderOf(key);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    private string FolderOf(Guid key) => Path.Combine(_root, key.ToString("N", CultureInfo.InvariantCulture));

    private string PathOf(Guid key, string fileName)
    {
        // Only names the site makes: no separators, no "..", nothing a caller could steer.
        if (!FileName().IsMatch(fileName))
        {
            throw new ArgumentException("Not a media file name.", nameof(fileName));
        }

        return Path.Combine(FolderOf(key), fileName);
    }

    [GeneratedRegex("^[0-9]{1,5}\\.(webp|jpg|png)$", RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}
