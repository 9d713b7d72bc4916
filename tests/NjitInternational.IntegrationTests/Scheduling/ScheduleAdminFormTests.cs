using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NjitInternational.IntegrationTests.AdminContent;
using NjitInternational.TestSupport;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.Scheduling;

/// <summary>The publish/unpublish/review fields on the admin forms: China Standard Time in, UTC stored, validated.</summary>
public class ScheduleAdminFormTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly Lazy<Task<HttpClient>> _editor = new(async () => (await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor)).Client);

    [Theory]
    [InlineData("/admin/countries/new")]
    [InlineData("/admin/partners/new")]
    [InlineData("/admin/alliances/new")]
    [InlineData("/admin/programmes/new")]
    [InlineData("/admin/visiting-professors/new")]
    [InlineData("/admin/conferences/new")]
    [InlineData("/admin/pages/new")]
    public async Task EveryContentForm_HasScheduleFields_LabelledWithTheTimeZone(string url)
    {
        var form = AdminForms.EditForm(await (await _editor.Value).GetHtmlAsync(url));

        foreach (var name in new[] { "PublishAt", "UnpublishAt" })
        {
            var input = (IHtmlInputElement)form.QuerySelector($"input[name={name}]")!;
            Assert.Equal("datetime-local", input.Type);
            Assert.Contains("China Standard Time", form.QuerySelector($"label[for={input.Id}]")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal("date", ((IHtmlInputElement)form.QuerySelector("input[name=ReviewBy]")!).Type);
    }

    [Fact]
    public async Task Save_RefusesAnUnpublishTimeBeforeThePublishTime_WithTheErrorNextToTheField()
    {
        var client = await _editor.Value;
        var id = await site.WithDbAsync(db => db.Pages.Where(p => p.Slug == "study-abroad").Select(p => p.Id).SingleAsync());
        var form = AdminForms.EditForm(await client.GetHtmlAsync($"/admin/pages/{id}/edit"));

        using var response = await AdminForms.PostAsync(client, form, [new("PublishAt", "2026-12-24T09:00"), new("UnpublishAt", "2026-12-20T09:00")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("Unpublish at must be later than publish at.", AdminForms.FieldError(page, "UnpublishAt"));
        Assert.Equal("2026-12-24T09:00", ((IHtmlInputElement)page.QuerySelector("input[name=PublishAt]")!).Value);
        Assert.Null(await site.WithDbAsync(db => db.Pages.Where(p => p.Id == id).Select(p => p.PublishAtUtc).SingleAsync()));
    }

    [Fact]
    public async Task Save_StoresChinaTimeAsUtc_AndTheListShowsTheRecordAsScheduled()
    {
        var client = await _editor.Value;
        var id = await site.WithDbAsync(db => db.Pages.Where(p => p.Slug == "study-at-njit").Select(p => p.Id).SingleAsync());
        await site.WithDbAsync(async db =>
        {
            var page = await db.Pages.SingleAsync(p => p.Id == id);
            page.Status = Web.Data.Entities.PublicationStatus.Draft;
            await db.SaveChangesAsync();
        });
        var form = AdminForms.EditForm(await client.GetHtmlAsync($"/admin/pages/{id}/edit"));

        using var response = await AdminForms.PostAsync(client, form, [new("PublishAt", "2026-12-24T09:00"), new("ReviewBy", "2027-03-01")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await site.WithDbAsync(db => db.Pages.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal(new DateTime(2026, 12, 24, 1, 0, 0, DateTimeKind.Utc), stored.PublishAtUtc);
        Assert.Equal(new DateOnly(2027, 3, 1), stored.ReviewBy);

        var edit = await client.GetHtmlAsync($"/admin/pages/{id}/edit");
        Assert.Equal("2026-12-24T09:00", ((IHtmlInputElement)edit.QuerySelector("input[name=PublishAt]")!).Value);
        Assert.Contains("Publishes 2026-12-24 09:00 CST", edit.QuerySelector(".schedule-note")!.TextContent, StringComparison.Ordinal);

        var list = await client.GetHtmlAsync("/admin/pages?q=study%20at");
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector($"a[href='/admin/pages/{id}/edit']") is not null);
        Assert.Equal("Scheduled", row.QuerySelector(".schedule-badge")!.TextContent.Trim());
    }
}
