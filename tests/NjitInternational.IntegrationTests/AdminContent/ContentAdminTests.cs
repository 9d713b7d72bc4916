using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.AdminContent;

/// <summary>
/// The paths every content type's admin pages share, run once per type by the subclasses:
/// create, validation, edit, status changes, delete, slugs, over-posting, the concurrency
/// conflict between two sessions, and the audit entries each writes.
/// </summary>
public abstract class ContentAdminTests(SiteFactory site)
{
    protected SiteFactory Site => site;

    /// <summary>E.g. "/admin/partners".</summary>
    protected abstract string BasePath { get; }

    /// <summary>The audit log's EntityType, the entity class name.</summary>
    protected abstract string EntityType { get; }

    /// <summary>"Name" or "Title".</summary>
    protected abstract string TitleField { get; }

    protected virtual bool HasSlug => true;

    /// <summary>Values a valid new record needs besides its title (e.g. a country).</summary>
    protected virtual Dictionary<string, string> RequiredValues(IDocument newForm) => [];

    /// <summary>Two signed-in editors per site, shared by the class's tests: sign-in is rate-limited.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SiteFactory, Lazy<Task<(HttpClient Client, string User)>>[]> Sessions = [];

    protected Task<(HttpClient Client, string User)> EditorAsync(int session = 0) =>
        Sessions.GetValue(site, s => [.. Enumerable.Range(0, 2).Select(_ => new Lazy<Task<(HttpClient, string)>>(async () =>
        {
            var (client, user) = await StaffAccounts.SignedInClientAsync(s, StaffRoles.Editor);
            return (client, user.UserName!);
        }))])[session].Value;

    protected static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    protected async Task<(int Id, HttpClient Client, string User)> CreateAsync(string? title = null, Dictionary<string, string>? extra = null)
    {
        var (client, user) = await EditorAsync();
        var id = await CreateWithAsync(client, title ?? Unique("Test record"), extra);
        return (id, client, user);
    }

    protected async Task<int> CreateWithAsync(HttpClient client, string title, Dictionary<string, string>? extra = null)
    {
        using var response = await PostNewAsync(client, title, extra);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return AdminForms.IdFromEditLocation(response);
    }

    protected async Task<HttpResponseMessage> PostNewAsync(HttpClient client, string title, Dictionary<string, string>? extra = null)
    {
        var page = await client.GetHtmlAsync(BasePath + "/new");
        var values = RequiredValues(page);
        values[TitleField] = title;
        foreach (var (key, value) in extra ?? [])
        {
            values[key] = value;
        }

        return await AdminForms.PostAsync(client, AdminForms.EditForm(page), values);
    }

    protected Task<List<AuditEntry>> AuditAsync(int id) =>
        site.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == EntityType && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(a => a.Id).ToListAsync());

    protected async Task<string> StoredTitleAsync(HttpClient client, int id)
    {
        var page = await client.GetHtmlAsync($"{BasePath}/{id}/edit");
        return ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector($"form.edit-form [name='{TitleField}']")!).Value;
    }

    [Fact]
    public async Task Create_WithValidInput_StoresADraft_AndWritesACreateAuditEntry()
    {
        var title = Unique("Created");
        var (id, client, user) = await CreateAsync(title);

        var page = await client.GetHtmlAsync($"{BasePath}/{id}/edit");
        Assert.Equal(title, await StoredTitleAsync(client, id));
        Assert.Equal("Draft", page.QuerySelector(".record-meta .status-badge")!.TextContent.Trim());
        var audit = Assert.Single(await AuditAsync(id));
        Assert.Equal("Create", audit.Action);
        Assert.Equal(user, audit.UserName);
        Assert.Contains(title, audit.ChangesJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithoutATitle_Answers400_WithTheErrorNextToTheField_AndStoresNothing()
    {
        var (client, _) = await EditorAsync();
        var before = await site.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == EntityType));

        using var response = await PostNewAsync(client, string.Empty);
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(AdminForms.FieldError(page, TitleField));
        Assert.NotNull(page.QuerySelector(".error-summary li"));
        Assert.Equal(before, await site.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == EntityType)));
    }

    [Fact]
    public async Task Edit_SavesTheChange_AndAuditsTheOldAndNewValues()
    {
        var oldTitle = Unique("Before");
        var (id, client, _) = await CreateAsync(oldTitle);
        var newTitle = Unique("After");

        var page = await client.GetHtmlAsync($"{BasePath}/{id}/edit");
        using var response = await AdminForms.PostAsync(client, AdminForms.EditForm(page), [new(TitleField, newTitle)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(newTitle, await StoredTitleAsync(client, id));
        var update = (await AuditAsync(id)).Last();
        Assert.Equal("Update", update.Action);
        Assert.Contains(oldTitle, update.ChangesJson, StringComparison.Ordinal);
        Assert.Contains(newTitle, update.ChangesJson, StringComparison.Ordinal);
        Assert.DoesNotContain("ConcurrencyStamp", update.ChangesJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishUnpublishArchive_ChangeTheStatus_AndEachWritesItsAuditEntry()
    {
        var (id, client, _) = await CreateAsync();

        foreach (var (action, expected) in new[] { ("publish", "Published"), ("unpublish", "Draft"), ("archive", "Archived") })
        {
            var page = await client.GetHtmlAsync($"{BasePath}/{id}/edit");
            using var response = await AdminForms.SubmitAsync(client, AdminForms.FormWithAction(page, $"/{id}/{action}"));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var after = await client.GetHtmlAsync($"{BasePath}/{id}/edit");
            Assert.Equal(expected, after.QuerySelector(".record-meta .status-badge")!.TextContent.Trim());
        }

        Assert.Equal(["Create", "Publish", "Unpublish", "Archive"], (await AuditAsync(id)).Select(a => a.Action));
    }

    [Fact]
    public async Task Publish_FromTheList_ShowsThePublishedRecordInTheFilteredList()
    {
        var title = Unique("Listed");
        var (id, client, _) = await CreateAsync(title);
        // The search ignores case on every provider (LIKE does not on PostgreSQL).
        var list = await client.GetHtmlAsync($"{BasePath}?q={Uri.EscapeDataString(title.ToUpperInvariant())}&status=all");
        Assert.Single(list.QuerySelectorAll("tbody tr"));

        using var response = await AdminForms.SubmitAsync(client, AdminForms.FormWithAction(list, $"/{id}/publish"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var published = await client.GetHtmlAsync($"{BasePath}?q={Uri.EscapeDataString(title)}&status=Published");
        var row = Assert.Single(published.QuerySelectorAll("tbody tr"));
        Assert.Contains("Published", row.TextContent, StringComparison.Ordinal);
        var drafts = await client.GetHtmlAsync($"{BasePath}?q={Uri.EscapeDataString(title)}&status=Draft");
        Assert.Empty(drafts.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Delete_AsksForConfirmation_ThenDeletes_AndAudits()
    {
        var title = Unique("Doomed");
        var (id, client, _) = await CreateAsync(title);

        var confirm = await client.GetHtmlAsync($"{BasePath}/{id}/delete");
        Assert.Contains(title, confirm.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(title, await StoredTitleAsync(client, id));

        using var response = await AdminForms.SubmitAsync(client, AdminForms.FormWithAction(confirm, $"/{id}/delete"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var gone = await client.GetAsync(new Uri($"{BasePath}/{id}/edit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("Delete", (await AuditAsync(id)).Last().Action);
    }

    [Fact]
    public async Task Create_IgnoresFieldsThatAreNotOnTheForm()
    {
        var stamp = Guid.NewGuid();
        var (id, client, user) = await CreateAsync(extra: new()
        {
            ["Status"] = "Published",
            ["CreatedBy"] = "mallory",
            ["UpdatedBy"] = "mallory",
            ["CreatedAtUtc"] = "2001-01-01",
            ["ConcurrencyStamp"] = stamp.ToString(),
            ["Id"] = "999999",
        });

        var page = await client.GetHtmlAsync($"{BasePath}/{id}/edit");
        Assert.Equal("Draft", page.QuerySelector(".record-meta .status-badge")!.TextContent.Trim());
        Assert.Contains(user, page.QuerySelector(".record-meta")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("mallory", page.QuerySelector(".record-meta")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(stamp.ToString(), page.QuerySelector("form.edit-form input[name=concurrencyStamp]")!.GetAttribute("value"));
        Assert.NotEqual(999999, id);
    }

    [Fact]
    public async Task Edit_BySecondSessionWithAStaleForm_ShowsTheConflict_ThenReapplyOverwritesKnowingly()
    {
        var (id, clientA, userA) = await CreateAsync(Unique("Original"));
        var (clientB, _) = await EditorAsync(1);
        var formA = AdminForms.EditForm(await clientA.GetHtmlAsync($"{BasePath}/{id}/edit"));
        var formB = AdminForms.EditForm(await clientB.GetHtmlAsync($"{BasePath}/{id}/edit"));
        var titleA = Unique("From A");
        var titleB = Unique("From B");

        using (var saveA = await AdminForms.PostAsync(clientA, formA, [new(TitleField, titleA)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, saveA.StatusCode);
        }

        using var saveB = await AdminForms.PostAsync(clientB, formB, [new(TitleField, titleB)]);
        var conflict = await saveB.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.Conflict, saveB.StatusCode);
        var row = conflict.QuerySelectorAll(".conflict-table tbody tr").Single(r => r.QuerySelector("td")!.TextContent == titleB);
        Assert.Equal(titleA, row.QuerySelectorAll("td")[1].TextContent);
        Assert.Contains("differs", row.ClassName, StringComparison.Ordinal);
        Assert.Contains(userA, conflict.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(titleA, await StoredTitleAsync(clientA, id));

        var reapply = AdminForms.FormWithAction(conflict, $"/{id}/edit");
        using var reapplied = await AdminForms.SubmitAsync(clientB, reapply);

        Assert.Equal(HttpStatusCode.Redirect, reapplied.StatusCode);
        Assert.Equal(titleB, await StoredTitleAsync(clientA, id));
    }

    [Fact]
    public async Task Publish_WithAStaleStamp_ShowsTheConflictPage_AndChangesNothing()
    {
        var (id, client, _) = await CreateAsync();
        var staleForm = AdminForms.FormWithAction(await client.GetHtmlAsync($"{BasePath}/{id}/edit"), $"/{id}/publish");
        var page = await client.GetHtmlAsync($"{BasePath}/{id}/edit");
        using (var save = await AdminForms.PostAsync(client, AdminForms.EditForm(page), [new(TitleField, Unique("Changed"))]))
        {
            Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        }

        using var response = await AdminForms.SubmitAsync(client, staleForm);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var after = await client.GetHtmlAsync($"{BasePath}/{id}/edit");
        Assert.Equal("Draft", after.QuerySelector(".record-meta .status-badge")!.TextContent.Trim());
    }

    [Fact]
    public async Task Slug_UsedByAnotherRecord_IsRefusedWithAClearMessage()
    {
        if (!HasSlug)
        {
            return;
        }

        var (id, client, _) = await CreateAsync(Unique("First"));
        var slug = (await client.GetHtmlAsync($"{BasePath}/{id}/edit")).QuerySelector("form.edit-form [name=Slug]")!.GetAttribute("value")!;

        using var response = await PostNewAsync(client, Unique("Second"), new() { ["Slug"] = slug });
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"already uses this address: {slug}", AdminForms.FieldError(page, "Slug"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_RedirectsAnonymousVisitorsToTheLoginPage()
    {
        using var response = await site.CreateBrowserLikeClient().GetAsync(new Uri(BasePath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ToleratesBadQueryValues()
    {
        var (client, _) = await EditorAsync();

        foreach (var query in new[] { "?page=-3", "?page=abc", "?status=Bogus", "?status=7", "?q=" + new string('x', 5000), "?page=99999" })
        {
            using var response = await client.GetAsync(new Uri(BasePath + query, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
