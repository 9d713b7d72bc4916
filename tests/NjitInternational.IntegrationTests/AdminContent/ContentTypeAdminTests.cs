using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.IntegrationTests.AdminContent;

public class PartnersAdminTests(SiteFactory site) : ContentAdminTests(site), IClassFixture<SiteFactory>
{
    protected override string BasePath => "/admin/partners";

    protected override string EntityType => "Partner";

    protected override string TitleField => "Name";

    protected override Dictionary<string, string> RequiredValues(IDocument newForm) => new()
    {
        ["CountryId"] = newForm.QuerySelectorAll("select[name=CountryId] option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!,
    };
}

public class AlliancesAdminTests(SiteFactory site) : ContentAdminTests(site), IClassFixture<SiteFactory>
{
    protected override string BasePath => "/admin/alliances";

    protected override string EntityType => "Alliance";

    protected override string TitleField => "Name";
}

public class ProgrammesAdminTests(SiteFactory site) : ContentAdminTests(site), IClassFixture<SiteFactory>
{
    protected override string BasePath => "/admin/programmes";

    protected override string EntityType => "Programme";

    protected override string TitleField => "Title";
}

public class VisitingProfessorsAdminTests(SiteFactory site) : ContentAdminTests(site), IClassFixture<SiteFactory>
{
    protected override string BasePath => "/admin/visiting-professors";

    protected override string EntityType => "VisitingProfessor";

    protected override string TitleField => "Name";
}

public class ConferencesAdminTests(SiteFactory site) : ContentAdminTests(site), IClassFixture<SiteFactory>
{
    protected override string BasePath => "/admin/conferences";

    protected override string EntityType => "Conference";

    protected override string TitleField => "Title";
}

public class PagesAdminTests(SiteFactory site) : ContentAdminTests(site), IClassFixture<SiteFactory>
{
    protected override string BasePath => "/admin/pages";

    protected override string EntityType => "Page";

    protected override string TitleField => "Title";
}

public class NewsAdminTests(SiteFactory site) : ContentAdminTests(site), IClassFixture<SiteFactory>
{
    private readonly SiteFactory _site = site;

    protected override string BasePath => "/admin/news";

    protected override string EntityType => "NewsItem";

    protected override string TitleField => "Title";

    protected override Dictionary<string, string> RequiredValues(IDocument newForm) => new() { ["PublishedOn"] = "2027-03-01" };

    [Fact]
    public async Task Create_LinksProgrammesAndPartners_AndSchedulesPublishing_ThenAnEditKeepsTheLinksInItsRevision()
    {
        var (client, _) = await EditorAsync();
        var page = await client.GetHtmlAsync(BasePath + "/new");
        var programmeId = page.QuerySelectorAll("input[name=ProgrammeIds]").Select(i => i.GetAttribute("value")!).First();
        var partnerId = page.QuerySelectorAll("input[name=PartnerIds]").Select(i => i.GetAttribute("value")!).First();
        var values = AdminForms.Values(AdminForms.EditForm(page));
        values.RemoveAll(v => v.Key is "Title" or "PublishedOn" or "PublishAt" or "ProgrammeIds" or "PartnerIds");
        values.AddRange([
            new("Title", Unique("Call for applications")),
            new("PublishedOn", "2027-03-01"),
            new("PublishAt", "2030-01-02T09:00"),
            new("ProgrammeIds", programmeId),
            new("PartnerIds", partnerId),
        ]);
        using var content = new FormUrlEncodedContent(values);
        using var created = await client.PostAsync(new Uri(BasePath + "/new", UriKind.Relative), content);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, created.StatusCode);
        var id = AdminForms.IdFromEditLocation(created);

        var edit = await client.GetHtmlAsync($"{BasePath}/{id}/edit");
        Assert.Contains("scheduled", edit.QuerySelector(".notice")?.TextContent ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        using var saved = await AdminForms.PostAsync(client, AdminForms.EditForm(edit), [new("Summary", "Applications open in March.")]);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);

        var stored = await _site.WithDbAsync(db => db.NewsItems.AsNoTracking().Include(n => n.Programmes).Include(n => n.Partners).SingleAsync(n => n.Id == id));
        Assert.Equal(new DateTime(2030, 1, 2, 1, 0, 0, DateTimeKind.Utc), stored.PublishAtUtc);
        Assert.Equal(int.Parse(programmeId, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(stored.Programmes).ProgrammeId);
        Assert.Equal(int.Parse(partnerId, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(stored.Partners).PartnerId);
        var revisions = await _site.WithDbAsync(db => db.Set<ContentRevision>().AsNoTracking()
            .Where(r => r.EntityType == "NewsItem" && r.EntityId == id).OrderBy(r => r.Number).ToListAsync());
        Assert.Equal([1, 2], revisions.Select(r => r.Number));
        Assert.Contains("\"Programmes\"", revisions[1].SnapshotJson, StringComparison.Ordinal);
        Assert.Contains("Applications open in March.", revisions[1].SnapshotJson, StringComparison.Ordinal);

        using var history = await client.GetAsync(new Uri($"{BasePath}/{id}/history", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, history.StatusCode);
    }

    [Fact]
    public async Task Create_WithAnUnknownProgramme_Answers400_WithTheErrorNextToTheField()
    {
        using var response = await PostNewAsync((await EditorAsync()).Client, Unique("Unknown link"), new() { ["ProgrammeIds"] = "999999" });

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Choose programmes from the list.", AdminForms.FieldError(await response.ReadHtmlAsync(), "ProgrammeIds"));
    }
}
