using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Features.ContentCsv;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.MediaImport;

/// <summary>Translations can be filled in bulk: the Chinese columns export, import, and are left alone when absent.</summary>
public class CsvChineseColumnsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Slug = "university-of-oulu";

    [Fact]
    public async Task ImportWithChineseColumns_FillsTheTranslation_AndAFileWithoutThemKeepsIt()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);

        await ImportAsync(client, $"Slug,Name,NameZh,CityZh\n{Slug},University of Oulu,奥卢大学,奥卢\n");
        var afterChinese = await PartnerAsync();
        Assert.Equal(("奥卢大学", "奥卢"), (afterChinese.NameZh, afterChinese.CityZh));

        await ImportAsync(client, $"Slug,Name,City\n{Slug},University of Oulu,Oulu (changed)\n");
        var afterEnglish = await PartnerAsync();
        Assert.Equal(("奥卢大学", "奥卢", "Oulu (changed)"), (afterEnglish.NameZh, afterEnglish.CityZh, afterEnglish.City));

        using var export = await client.GetAsync(new Uri("/admin/partners/export.csv", UriKind.Relative));
        var (rows, error) = CsvImportReader.Read(await export.Content.ReadAsByteArrayAsync(), PartnerCsv.Columns, "Name");
        Assert.Null(error);
        var exported = Assert.Single(rows, r => r.Get("Slug") == Slug);
        Assert.Equal(("奥卢大学", "奥卢"), (exported.Get("NameZh"), exported.Get("CityZh")));
    }

    private Task<(string? NameZh, string? CityZh, string? City)> PartnerAsync() =>
        site.WithDbAsync(async db =>
        {
            var p = await db.Partners.AsNoTracking().SingleAsync(x => x.Slug == Slug);
            return (p.NameZh, p.CityZh, p.City);
        });

    private static async Task ImportAsync(HttpClient client, string csv)
    {
        using var dryRun = await MediaImportForms.ImportAsync(client, "partners", Encoding.UTF8.GetBytes(csv), "dry-run");
        Assert.Equal(HttpStatusCode.OK, dryRun.StatusCode);
        var form = AdminContent.AdminForms.FormWithAction(await dryRun.ReadHtmlAsync(), "/import/confirm");
        using var confirmed = await client.SubmitFormAsync(form, []);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
    }
}
