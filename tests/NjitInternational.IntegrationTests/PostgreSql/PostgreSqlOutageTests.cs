using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NjitInternational.IntegrationTests.AdminContent;
using NjitInternational.TestSupport;
using NjitInternational.TestSupport.PostgreSql;
using NjitInternational.Web.Data;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.PostgreSql;

/// <summary>A cached site over its own PostgreSQL cluster, which the outage test stops and starts again.</summary>
public sealed class OutageSiteFactory : CachingSiteFactory, IAsyncLifetime
{
    private PostgreSqlServer? _cluster;

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public PostgreSqlServer Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not started (or already stopped).");

    protected override Task<PostgreSqlServer> PostgreSqlCluster => Task.FromResult(Cluster);

    public async Task InitializeAsync() => _cluster = await PostgreSqlServer.StartAsync();

    // xunit may end a fixture through either interface; both stop the private cluster.
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    public override async ValueTask DisposeAsync()
    {
        if (_cluster is null)
        {
            return;
        }

        await base.DisposeAsync();
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
            _cluster = null;
        }
    }
}

/// <summary>
/// The database server goes away mid-run and comes back: readiness fails within 5 s, cached pages
/// are still served, other pages answer the friendly 503, an editor's save gives every value back
/// with "nothing was saved", and after the restart the site recovers by itself with every saved row
/// there (and the kept values save with one click).
/// </summary>
public class PostgreSqlOutageTests(OutageSiteFactory site) : IClassFixture<OutageSiteFactory>
{
    private const string CachedPage = "/en/partners/university-of-strathclyde";
    private const string DuringOutage = "University of Strathclyde (typed during the outage)";

    [Fact]
    public async Task ServerStopped_ReadinessFailsQuickly_CachedPagesServe_OthersAnswer503_ThenTheSiteRecovers()
    {
        var (editor, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var id = await site.WithDbAsync(db => db.Partners.Where(p => p.Slug == "university-of-strathclyde").Select(p => p.Id).SingleAsync());
        await SaveNameAsync(editor, id, "University of Strathclyde (saved before the outage)");
        using var visitor = site.CreateClient();
        var cachedBefore = await BodyAsync(visitor, CachedPage);
        using (var cached = await visitor.GetAsync(new Uri(CachedPage, UriKind.Relative)))
        {
            Assert.True(cached.Headers.Age.HasValue, $"{CachedPage} was not served from the output cache");
        }

        var partnersBefore = await site.WithDbAsync(db => db.Partners.CountAsync());
        var editForm = AdminForms.EditForm(await editor.GetHtmlAsync($"/admin/partners/{id}/edit"));
        AngleSharp.Html.Dom.IHtmlFormElement notSavedForm;

        await site.Cluster.StopAsync();
        try
        {
            var clock = Stopwatch.StartNew();
            using (var ready = await visitor.GetAsync(new Uri("/health/ready", UriKind.Relative)))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"/health/ready took {clock.Elapsed} to fail");

            Assert.Equal(cachedBefore, await BodyAsync(visitor, CachedPage));

            using var uncached = await visitor.GetAsync(new Uri($"/en/alliances?while-down={Guid.NewGuid():N}", UriKind.Relative));
            var page = await uncached.ReadHtmlAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, uncached.StatusCode);
            Assert.Equal("Temporarily unavailable", page.QuerySelector("h1")?.TextContent);
            Assert.DoesNotContain("Npgsql", page.Body!.TextContent, StringComparison.Ordinal);

            // An editor saves during the outage: nothing is saved, and every value comes back.
            using var save = await AdminForms.PostAsync(editor, editForm, [new("Name", DuringOutage), new("Summary", "Kept while the database was away.")]);
            var notSaved = await save.ReadHtmlAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, save.StatusCode);
            Assert.Equal("Nothing was saved", notSaved.QuerySelector("h1")?.TextContent);
            Assert.Equal(DuringOutage, notSaved.QuerySelector("textarea[name=Name]")?.TextContent);
            Assert.Equal("Kept while the database was away.", notSaved.QuerySelector("textarea[name=Summary]")?.TextContent);
            notSavedForm = (AngleSharp.Html.Dom.IHtmlFormElement)notSaved.QuerySelector("form.nothing-saved")!;
            Assert.Equal($"/admin/partners/{id}/edit", notSavedForm.GetAttribute("action"));
        }
        finally
        {
            await site.Cluster.StartAgainAsync();
        }

        // No restart of the site: its pooled connections are dead and must be replaced by itself.
        var recovery = Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            using var ready = await visitor.GetAsync(new Uri("/health/ready", UriKind.Relative));
            status = ready.StatusCode;
        }
        while (status != HttpStatusCode.OK && recovery.Elapsed < TimeSpan.FromSeconds(30) && await Delay());
        Assert.Equal(HttpStatusCode.OK, status);

        using (var alliances = await visitor.GetAsync(new Uri("/en/alliances", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, alliances.StatusCode);
        }

        // "Try again" posts the kept values: the same form, token and stamp, so it saves now.
        using (var retried = await AdminForms.PostAsync(editor, notSavedForm, []))
        {
            Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        }

        Assert.Equal(DuringOutage, await site.WithDbAsync(db => db.Partners.Where(p => p.Id == id).Select(p => p.Name).SingleAsync()));
        await SaveNameAsync(editor, id, "University of Strathclyde (saved after the outage)");
        Assert.Equal(partnersBefore, await site.WithDbAsync(db => db.Partners.CountAsync()));
        Assert.Equal("University of Strathclyde (saved after the outage)", await site.WithDbAsync(db => db.Partners.Where(p => p.Id == id).Select(p => p.Name).SingleAsync()));
        var audited = await site.WithDbAsync(db => db.AuditEntries
            .Where(a => a.EntityType == "Partner" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(a => a.ChangesJson)
            .ToListAsync());
        Assert.Contains(audited, json => json != null && json.Contains("(saved before the outage)", StringComparison.Ordinal));
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(200);
        return true;
    }

    private static async Task SaveNameAsync(HttpClient editor, int id, string name)
    {
        var edit = await editor.GetHtmlAsync($"/admin/partners/{id}/edit");
        using var saved = await AdminForms.PostAsync(editor, AdminForms.EditForm(edit), [new("Name", name)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private static async Task<string> BodyAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
