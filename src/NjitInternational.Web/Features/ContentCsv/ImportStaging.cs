using System.Globalization;

namespace NjitInternational.Web.Features.ContentCsv;

/// <summary>
/// Holds a checked CSV file between the dry run and the confirmed import (so staff need not choose
/// it again), in the temporary folder under a random name, for at most an hour.
/// </summary>
public sealed class ImportStaging(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "njit-international-import");

    public async Task<Guid> SaveAsync(byte[] content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_folder);
        foreach (var old in Directory.EnumerateFiles(_folder, "*.csv"))
        {
            if (clock.GetUtcNow().UtcDateTime - File.GetLastWriteTimeUtc(old) > Lifetime)
            {
                File.Delete(old);
            }
        }

        var token = Guid.NewGuid();
        await File.WriteAllBytesAsync(PathOf(token), content, cancellationToken);
        return token;
    }

    public async Task<byte[]?> ReadAsync(Guid token, CancellationToken cancellationToken)
    {
        var path = PathOf(token);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    public void Remove(Guid token)
    {
        var path = PathOf(token);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private string PathOf(Guid token) => Path.Combine(_folder, token.ToString("N", CultureInfo.InvariantCulture) + ".csv");
}
