using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using NjitInternational.IntegrationTests.AdminContent;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.Revisions;

/// <summary>An editor's session and the few admin steps the revision tests repeat.</summary>
internal sealed class RevisionTestClient(SiteFactory site, HttpClient client)
{
    public HttpClient Client => client;

    /// <summary>One signed-in editor per site, shared by the class's tests: sign-in is rate-limited.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SiteFactory, Lazy<Task<RevisionTestClient>>> Editors = [];

    public static Task<RevisionTestClient> EditorAsync(SiteFactory site) =>
        Editors.GetValue(site, s => new Lazy<Task<RevisionTestClient>>(async () =>
        {
            var (client, _) = await StaffAccounts.SignedInClientAsync(s, StaffRoles.Editor);
            return new RevisionTestClient(s, client);
        })).Value;

    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Creates a page through the admin form and returns its id.</summary>
    public async Task<int> CreatePageAsync(string title, string body, string? slug = null)
    {
        var page = await client.GetHtmlAsync("/admin/pages/new");
        var values = new Dictionary<string, string> { ["Title"] = title, ["Body"] = body };
        if (slug is not null)
        {
            values["Slug"] = slug;
        }

        using var response = await AdminForms.PostAsync(client, AdminForms.EditForm(page), values);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return AdminForms.IdFromEditLocation(response);
    }

    public async Task EditAsync(string basePath, int id, Dictionary<string, string> changes)
    {
        var page = await client.GetHtmlAsync($"{basePath}/{id}/edit");
        using var response = await AdminForms.PostAsync(client, AdminForms.EditForm(page), changes);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Posts one of the page's forms (found by the end of its action) with its own hidden fields.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, string actionEnd)
    {
        var page = await client.GetHtmlAsync(url);
        return await client.SubmitFormAsync(AdminForms.FormWithAction(page, actionEnd), []);
    }

    public Task<IDocument> HistoryAsync(string basePath, int id) => client.GetHtmlAsync($"{basePath}/{id}/history");

    public Task<List<ContentRevision>> RevisionsAsync(string type, int id) =>
        site.WithDbAsync(db => db.Set<ContentRevision>().AsNoTracking()
            .Where(r => r.EntityType == type && r.EntityId == id).OrderBy(r => r.Number).ToListAsync());
}
