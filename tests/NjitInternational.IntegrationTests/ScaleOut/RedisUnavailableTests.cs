using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.IntegrationTests.AdminContent;
using NjitInternational.TestSupport;
using NjitInternational.TestSupport.ScaleOut;
using NjitInternational.Web.Infrastructure.Authorization;
using NjitInternational.Web.Infrastructure.ScaleOut;

namespace NjitInternational.IntegrationTests.ScaleOut;

/// <summary>A caching site configured for a Redis that does not answer (nothing listens on its port).</summary>
public sealed class UnreachableRedisSiteFactory : CachingSiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Redis:Configuration", $"127.0.0.1:{FreePort.Next()},connectTimeout=1000");
    }
}

/// <summary>Redis holds only the cache: when it is down the site serves fresh pages and saves still succeed.</summary>
public class RedisUnavailableTests(UnreachableRedisSiteFactory site) : IClassFixture<UnreachableRedisSiteFactory>
{
    [Fact]
    public async Task WithRedisDown_PublicPagesAnswer_AndAnEditIsSavedAndShown()
    {
        Assert.IsType<CircuitBreakingOutputCacheStore>(site.Services.GetRequiredService<IOutputCacheStore>());
        var visitor = site.CreateClient();
        Assert.Equal("University of Oulu", (await visitor.GetHtmlAsync("/en/partners/university-of-oulu")).QuerySelector("h1")!.TextContent.Trim());

        var id = await site.WithDbAsync(db => db.Partners.Where(p => p.Slug == "university-of-oulu").Select(p => p.Id).SingleAsync());
        var (editor, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var edit = await editor.GetHtmlAsync($"/admin/partners/{id}/edit");
        using var saved = await AdminForms.PostAsync(editor, AdminForms.EditForm(edit), [new("Name", "University of Oulu (edited while Redis is down)")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("University of Oulu (edited while Redis is down)", (await visitor.GetHtmlAsync("/en/partners/university-of-oulu")).QuerySelector("h1")!.TextContent.Trim());
    }
}
