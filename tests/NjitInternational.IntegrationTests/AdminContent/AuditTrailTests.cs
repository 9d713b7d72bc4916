using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.IntegrationTests.AdminContent;

/// <summary>The audit rows commit or roll back with the change they describe.</summary>
public class AuditTrailTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private async Task RunAsAsync(string user, Func<AppDbContext, Task> work)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, user)], "test")),
        };
        try
        {
            await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    private Task<int> AuditCountAsync() => site.WithDbAsync(db => db.AuditEntries.CountAsync());

    [Fact]
    public async Task AFailingSave_WritesNoAuditRow()
    {
        var before = await AuditCountAsync();

        await RunAsAsync("tester@njit.test", async db =>
        {
            db.Pages.Add(new Page { Title = "Orphan", Slug = "orphan-page" });
            db.Partners.Add(new Partner { Name = "Nowhere University", Slug = "nowhere-university", CountryId = 987654 });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });

        Assert.Equal(before, await AuditCountAsync());
        Assert.False(await site.WithDbAsync(db => db.Pages.AnyAsync(p => p.Slug == "orphan-page")));
    }

    [Fact]
    public async Task ARolledBackTransaction_TakesItsAuditRowsWithIt()
    {
        var before = await AuditCountAsync();

        await RunAsAsync("tester@njit.test", async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Pages.Add(new Page { Title = "Short-lived", Slug = "short-lived" });
            await db.SaveChangesAsync();
            Assert.Equal(before + 1, await db.AuditEntries.CountAsync());
            await transaction.RollbackAsync();
        });

        Assert.Equal(before, await AuditCountAsync());
    }

    [Fact]
    public async Task ASaveWithoutATransaction_StillWritesTheEntryWithTheNewId()
    {
        var id = 0;
        await RunAsAsync("tester@njit.test", async db =>
        {
            var page = new Page { Title = "Audited page", Slug = "audited-page", Body = new string('x', 5000) };
            db.Pages.Add(page);
            await db.SaveChangesAsync();
            id = page.Id;
        });

        var entry = await site.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityType == "Page" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("Create", entry.Action);
        Assert.Equal("tester@njit.test", entry.UserName);
        Assert.Equal(SiteFactory.DefaultNow.UtcDateTime, entry.AtUtc);
        Assert.True(entry.ChangesJson!.Length < 1500, "a long Markdown value is shortened in the log");
    }
}
