using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NjitInternational.IntegrationTests.AdminContent;
using NjitInternational.TestSupport;
using NjitInternational.TestSupport.ScaleOut;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.IntegrationTests.ScaleOut;

/// <summary>
/// Two instances of the site (separate processes, one SQLite database, one Redis) behave as one
/// site behind a load balancer that sends each request wherever it likes. The cache test and the
/// scheduling test change content, each on partners no other test here reads.
/// </summary>
public class TwoInstanceTests(TwoInstanceSite site) : IClassFixture<TwoInstanceSite>
{
    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client) =>
        await StaffAccounts.SignInAsync(client, TwoInstanceSite.AdminEmail, TwoInstanceSite.AdminPassword);

    [Fact]
    public async Task SigningInOnA_ThenUsingTheCookieOnB_OpensTheAdminArea()
    {
        // One browser: its cookie jar is the load balancer's host name, whichever instance answers.
        var cookies = new CookieContainer();
        using var a = site.A.CreateClient(cookies);
        using var b = site.B.CreateClient(cookies);
        using (var anonymous = await b.GetAsync(new Uri("/admin", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        }

        using (var signedIn = await SignInAsync(a))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            Assert.DoesNotContain("/login", signedIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using var admin = await b.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.True(admin.StatusCode == HttpStatusCode.OK, $"B answered {(int)admin.StatusCode} to A's sign-in cookie\n--- B ---\n{site.B.Output}");
        Assert.Contains(TwoInstanceSite.AdminEmail, (await admin.ReadHtmlAsync()).Body!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AFormRenderedByA_PostsSuccessfullyToB()
    {
        var cookies = new CookieContainer();
        using var a = site.A.CreateClient(cookies);
        using var b = site.B.CreateClient(cookies);
        var page = await a.GetHtmlAsync("/admin/account/login");
        var form = (IHtmlFormElement)page.QuerySelector("form[action='/admin/account/login']")!;

        // Without A's token B refuses the post: the antiforgery check is real.
        using (var forged = await b.PostAsync(
            new Uri("/admin/account/login", UriKind.Relative),
            new FormUrlEncodedContent([new("Email", TwoInstanceSite.AdminEmail), new("Password", TwoInstanceSite.AdminPassword)])))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        // A's antiforgery cookie and form token, validated by B.
        using var posted = await b.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Email"] = TwoInstanceSite.AdminEmail,
            ["Password"] = TwoInstanceSite.AdminPassword,
        });

        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, $"B answered {(int)posted.StatusCode} to A's form\n--- B ---\n{site.B.Output}");
        Assert.DoesNotContain("/login", posted.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APublicPageCachedOnB_IsEvictedByAnEditSavedThroughA()
    {
        const string Url = "/en/partners/university-of-strathclyde";
        const string NewName = "University of Strathclyde (renamed on A)";
        using var visitorOnB = site.B.CreateClient();
        var before = (await visitorOnB.GetHtmlAsync(Url)).QuerySelector("h1")!.TextContent.Trim();
        using (var cached = await visitorOnB.GetAsync(new Uri(Url, UriKind.Relative)))
        {
            Assert.True(cached.Headers.Age.HasValue, $"{Url} was not served from the output cache on B");
        }

        var id = await site.WithDbAsync(db => db.Partners.Where(p => p.Slug == "university-of-strathclyde").Select(p => p.Id).SingleAsync());
        using var editorOnA = site.A.CreateClient();
        using (var signedIn = await SignInAsync(editorOnA))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        var edit = await editorOnA.GetHtmlAsync($"/admin/partners/{id}/edit");
        using (var saved = await AdminForms.PostAsync(editorOnA, AdminForms.EditForm(edit), [new("Name", NewName)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var after = (await visitorOnB.GetHtmlAsync(Url)).QuerySelector("h1")!.TextContent.Trim();
        Assert.NotEqual(NewName, before);
        Assert.Equal(NewName, after);
    }

    [Fact]
    public async Task AScheduledPublish_HappensExactlyOnce_WithBothInstancesRunningTheScheduler()
    {
        // Written straight to the shared database (no audit), already due: whichever instance holds
        // the job lease publishes them; the other must not publish them again.
        var due = DateTime.UtcNow.AddSeconds(-1);
        var ids = await site.WithDbAsync(async db =>
        {
            var country = await db.Countries.SingleAsync(c => c.IsoCode == "FI");
            var partners = Enumerable.Range(1, 10).Select(i => new Partner
            {
                Name = $"Scheduled Once University {i:00}",
                Slug = $"scheduled-once-{i:00}",
                Country = country,
                Status = PublicationStatus.Draft,
                PublishAtUtc = due,
            }).ToList();
            db.Partners.AddRange(partners);
            await db.SaveChangesAsync();
            return partners.Select(p => p.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        });

        await site.WaitUntilAsync(
            async () => await site.WithDbAsync(db => db.Partners.CountAsync(p => p.Slug.StartsWith("scheduled-once-") && p.Status == PublicationStatus.Published)) == ids.Count,
            TimeSpan.FromSeconds(90),
            "the scheduler to publish the ten partners");
        await Task.Delay(TimeSpan.FromSeconds(5)); // two more intervals on each instance

        var audits = await site.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Partner" && ids.Contains(a.EntityId!))
            .Select(a => new { a.EntityId, a.UserName })
            .ToListAsync());
        Assert.Equal(ids.Order(StringComparer.Ordinal), audits.Select(a => a.EntityId!).Order(StringComparer.Ordinal));
        Assert.All(audits, a => Assert.Equal("scheduler", a.UserName));

        // And the public site shows them, from either instance.
        using var visitor = site.B.CreateClient();
        using var page = await visitor.GetAsync(new Uri("/en/partners/scheduled-once-01", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
