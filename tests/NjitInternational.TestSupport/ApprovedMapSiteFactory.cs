using Microsoft.AspNetCore.Hosting;

namespace NjitInternational.TestSupport;

/// <summary>
/// A seeded site with an approved base map configured (PartnerMap options): a small equirectangular
/// SVG of the whole world, 360 × 180 units, written to a temporary folder of its own.
/// </summary>
public class ApprovedMapSiteFactory : SiteFactory
{
    public const string ApprovalNumber = "GS(2024)0650号";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"njit-map-{Guid.NewGuid():N}");

    public string BaseMapPath => Path.Combine(_folder, "standard-map.svg");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(BaseMapPath, """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180"><rect width="360" height="180" fill="#eef4fa"/></svg>""");
        base.ConfigureWebHost(builder);
        builder.UseSetting("PartnerMap:BaseMapPath", BaseMapPath);
        builder.UseSetting("PartnerMap:ApprovalNumber", ApprovalNumber);
        builder.UseSetting("PartnerMap:Bounds:Projection", "Equirectangular");
        builder.UseSetting("PartnerMap:Bounds:West", "-180");
        builder.UseSetting("PartnerMap:Bounds:East", "180");
        builder.UseSetting("PartnerMap:Bounds:South", "-90");
        builder.UseSetting("PartnerMap:Bounds:North", "90");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
