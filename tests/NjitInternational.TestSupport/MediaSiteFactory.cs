using Microsoft.AspNetCore.Hosting;

namespace NjitInternational.TestSupport;

/// <summary>A seeded site whose media library stores its files in a temporary folder of its own.</summary>
public class MediaSiteFactory : SiteFactory
{
    public string MediaFolder { get; } = Path.Combine(Path.GetTempPath(), $"njit-media-{Guid.NewGuid():N}");

    /// <summary>Media:MaxUploadBytes for this site (small, so too-large uploads are cheap to test).</summary>
    protected virtual long MaxUploadBytes => 5 * 1024 * 1024;

    /// <summary>Every file the library has stored.</summary>
    public IReadOnlyList<string> StoredFiles() =>
        Directory.Exists(MediaFolder) ? Directory.GetFiles(MediaFolder, "*", SearchOption.AllDirectories) : [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Media:StoragePath", MediaFolder);
        builder.UseSetting("Media:MaxUploadBytes", MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(MediaFolder))
        {
            Directory.Delete(MediaFolder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
