using System.Net;
using System.Security.Cryptography;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NjitInternational.TestSupport;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.ScaleOut;

/// <summary>A second site over another's database file: two hosts sharing one database.</summary>
public sealed class SharedDatabaseSiteFactory(string databasePath) : SiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={databasePath}");
    }
}

/// <summary>
/// The Data Protection key ring lives in the database: what one host protects (cookies,
/// antiforgery tokens) another host over the same database reads, and a host over another
/// database cannot, so the keys are not merely shared through the machine's file system.
/// </summary>
public sealed class DataProtectionKeyRingTests : IAsyncLifetime
{
    private readonly SiteFactory _first = new();
    private SharedDatabaseSiteFactory _second = null!;
    private readonly SiteFactory _elsewhere = new();

    public Task InitializeAsync()
    {
        _second = new SharedDatabaseSiteFactory(_first.DatabasePath);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
        await _elsewhere.DisposeAsync();
    }

    private static IDataProtector Protector(SiteFactory site) =>
        site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("scale-out-test");

    [Fact]
    public async Task APayloadProtectedByOneHost_IsReadByAnotherOverTheSameDatabase_AndNotByAHostOverAnother()
    {
        var token = Protector(_first).Protect("signed by the first host");

        Assert.Equal("signed by the first host", Protector(_second).Unprotect(token));
        Assert.ThrowsAny<CryptographicException>(() => Protector(_elsewhere).Unprotect(token));
        Assert.True(await _first.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()), "no key in the DataProtectionKeys table");
    }

    [Fact]
    public async Task AnAntiforgeryTokenIssuedByOneHost_IsAcceptedByAnotherOverTheSameDatabase()
    {
        // The same account in both databases: the only difference between the hosts is the key ring.
        var user = await StaffAccounts.CreateAsync(_first, StaffRoles.Editor);
        await StaffAccounts.CreateAsync(_elsewhere, StaffRoles.Editor, user.Email);
        using var page = await _first.CreateClient().GetAsync(new Uri("/admin/account/login", UriKind.Relative));
        var form = (IHtmlFormElement)(await page.ReadHtmlAsync()).QuerySelector("form[action='/admin/account/login']")!;
        var cookies = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

        async Task<HttpStatusCode> SignInAsync(SiteFactory site)
        {
            using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            client.DefaultRequestHeaders.Add("Cookie", cookies);
            using var response = await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Email"] = user.Email!, ["Password"] = StaffAccounts.Password });
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.Redirect, await SignInAsync(_second));
        Assert.Equal(HttpStatusCode.BadRequest, await SignInAsync(_elsewhere));
    }

    [Fact]
    public void EveryInstance_UsesOneApplicationName_WhateverItsContentRoot()
    {
        var options = _first.Services.GetRequiredService<IOptions<DataProtectionOptions>>().Value;

        Assert.Equal(Web.Infrastructure.ScaleOut.ScaleOutExtensions.ApplicationName, options.ApplicationDiscriminator);
    }
}
