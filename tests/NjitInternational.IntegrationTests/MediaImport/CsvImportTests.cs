using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.MediaImport;

/// <summary>Dry runs write nothing; a file with any bad row writes nothing; a good file writes all of it.</summary>
public class CsvImportTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Header = "Slug,Name,Country,City,PartnershipKinds,PartnerSince,Status";

    [Fact]
    public async Task DryRun_ShowsWhatEachRowWouldDo_AndWritesNothing()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var existing = await site.WithDbAsync(db => db.Partners.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Slug, p.Name, p.Country!.IsoCode }).FirstAsync());
        var csv = Utf8Bom($"{Header}\r\n{existing.Slug},{existing.Name},{existing.IsoCode},Changed City,,,\r\ndry-run-university,Dry Run University,germany,Berlin,Exchange;Research,2020,\r\n");
        var before = await Counts();

        using var response = await MediaImportForms.ImportAsync(client, "partners", csv, "dry-run");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, await Counts());
        Assert.False(await site.WithDbAsync(db => db.Partners.AnyAsync(p => p.Slug == "dry-run-university")));
        var rows = page.QuerySelectorAll(".import-table tbody tr").Select(r => r.NormalizedText()).ToList();
        Assert.Contains(rows, r => r.StartsWith("2 " + existing.Slug, StringComparison.Ordinal) && r.EndsWith("Updated", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("3 dry-run-university", StringComparison.Ordinal) && r.EndsWith("Created", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("form[action='/admin/partners/import/confirm']"));
    }

    [Fact]
    public async Task ConfirmedImport_AfterADryRun_WritesDraftsWithAuditEntries_MatchingCountriesByNameOrCode()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var csv = Encoding.UTF8.GetBytes($"{Header}\nconfirmed-one,Confirmed One,gb,Leeds,Exchange,,\nconfirmed-two,Confirmed Two,United Kingdom,York,,2019,Published\n");
        using var dryRun = await MediaImportForms.ImportAsync(client, "partners", csv, "dry-run");
        var form = AdminContent.AdminForms.FormWithAction(await dryRun.ReadHtmlAsync(), "/import/confirm");

        using var confirmed = await client.SubmitFormAsync(form, []);
        var page = await confirmed.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("Imported", page.QuerySelector("#result-heading")!.TextContent, StringComparison.Ordinal);
        var imported = await site.WithDbAsync(db => db.Partners.AsNoTracking().Where(p => p.Slug.StartsWith("confirmed-"))
            .OrderBy(p => p.Slug).Select(p => new { p.Status, p.Country!.IsoCode, Kinds = p.PartnershipKinds.Count, p.CreatedBy }).ToListAsync());
        Assert.Equal([PublicationStatus.Draft, PublicationStatus.Published], imported.Select(p => p.Status));
        Assert.All(imported, p => Assert.Equal("GB", p.IsoCode));
        Assert.All(imported, p => Assert.NotNull(p.CreatedBy));
        Assert.Equal(2, await site.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(Partner) && a.Action == "Create" && a.Summary!.Contains("Confirmed "))));
    }

    [Fact]
    public async Task Import_WithOneBadRow_WritesNothing_AndNamesTheLineAndReason()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var csv = Encoding.UTF8.GetBytes($"{Header}\ngood-row-university,Good Row University,DE,Berlin,,,\nbad-row-university,Bad Row University,Atlantis,,,,\nbad-kind,Bad Kind,US,,Cooking,,\n");
        var before = await Counts();

        using var response = await MediaImportForms.ImportAsync(client, "partners", csv, "import");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(before, await Counts());
        Assert.False(await site.WithDbAsync(db => db.Partners.AnyAsync(p => p.Slug == "good-row-university")));
        var errors = page.QuerySelectorAll(".import-error").Select(r => r.NormalizedText()).ToList();
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("3 bad-row-university", errors[0], StringComparison.Ordinal);
        Assert.Contains("Unknown country or region \"Atlantis\"", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("4 bad-kind", errors[1], StringComparison.Ordinal);
        Assert.Contains("Unknown partnership kind \"Cooking\"", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_RefusesDuplicateSlugs_AndUnknownPartnersOfProgrammes()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var csv = Encoding.UTF8.GetBytes("Slug,Title,Kind,Partners\ntwin,Twin,Exchange,\ntwin,Twin again,Exchange,\nlonely,Lonely,Exchange,no-such-partner\n");

        using var response = await MediaImportForms.ImportAsync(client, "programmes", csv, "dry-run");
        var errors = (await response.ReadHtmlAsync()).QuerySelectorAll(".import-error").Select(r => r.NormalizedText()).ToList();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(errors, e => e.StartsWith("3 twin", StringComparison.Ordinal) && e.Contains("also on line 2", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("4 lonely", StringComparison.Ordinal) && e.Contains("no-such-partner", StringComparison.Ordinal));
    }

    private static byte[] Utf8Bom(string text) => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];

    private Task<(int Partners, int Audit, string Cities)> Counts() => site.WithDbAsync(async db => (
        await db.Partners.CountAsync(),
        await db.AuditEntries.CountAsync(),
        string.Join('|', await db.Partners.OrderBy(p => p.Id).Select(p => p.City ?? string.Empty).ToListAsync())));
}
