using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.AdminContent;

/// <summary>
/// Staff choose a country or region from the complete ISO 3166-1 list; its names, kind and continent
/// come from the list, never typed. Adds countries, so it has a site of its own.
/// </summary>
public class CountryAdminTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    /// <summary>One signed-in editor per site: sign-in is rate-limited.</summary>
    private static readonly ConditionalWeakTable<SiteFactory, Lazy<Task<HttpClient>>> Editors = [];

    private Task<HttpClient> EditorAsync() =>
        Editors.GetValue(site, s => new(async () => (await StaffAccounts.SignedInClientAsync(s, StaffRoles.Editor)).Client)).Value;

    [Fact]
    public async Task NewForm_OffersTheCompleteIsoList_AsASelect_WithCodesAlreadyListedDisabled()
    {
        var page = await (await EditorAsync()).GetHtmlAsync("/admin/countries/new");

        var options = page.QuerySelectorAll("form.edit-form select[name=IsoCode] option").Where(o => o.GetAttribute("value") is { Length: > 0 }).ToList();
        Assert.Equal(248, options.Count);
        Assert.Null(page.QuerySelector("form.edit-form input[name=Name], form.edit-form input[name=NameZh], form.edit-form [name=Kind], form.edit-form [name=WorldRegion]"));
        Assert.Equal("Hong Kong, China · 中国香港 (HK) – region", options.Single(o => o.GetAttribute("value") == "HK").TextContent);
        Assert.Equal("Macao, China · 中国澳门 (MO) – region", options.Single(o => o.GetAttribute("value") == "MO").TextContent);
        Assert.Equal("Taiwan, China · 中国台湾 (TW) – region", options.Single(o => o.GetAttribute("value") == "TW").TextContent);
        Assert.Equal("Finland · 芬兰 (FI)", options.Single(o => o.GetAttribute("value") == "FI").TextContent);
        // Finland is seeded: it can be edited, not added twice.
        Assert.True(options.Single(o => o.GetAttribute("value") == "FI").HasAttribute("disabled"));
        Assert.False(options.Single(o => o.GetAttribute("value") == "FR").HasAttribute("disabled"));
    }

    [Theory]
    [InlineData("HK", "Hong Kong, China", "中国香港")]
    [InlineData("MO", "Macao, China", "中国澳门")]
    [InlineData("TW", "Taiwan, China", "中国台湾")]
    public async Task Create_TakesNamesKindAndContinentFromTheList_IgnoringTypedValues(string code, string name, string nameZh)
    {
        var client = await EditorAsync();
        var page = await client.GetHtmlAsync("/admin/countries/new");

        // A hand-made post with free-hand values: only the code counts.
        using var response = await AdminForms.PostAsync(client, AdminForms.EditForm(page), [new("IsoCode", code), new("Name", code + " typed"), new("NameZh", "台湾"), new("Kind", "Country"), new("WorldRegion", "Europe")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await site.WithDbAsync(db => db.Countries.AsNoTracking().SingleAsync(c => c.IsoCode == code));
        Assert.Equal((name, nameZh, CountryKind.Region, WorldRegion.Asia), (stored.Name, stored.NameZh, stored.Kind, stored.WorldRegion));
        var edit = await client.GetHtmlAsync($"/admin/countries/{stored.Id}/edit");
        Assert.Equal(code, edit.QuerySelector("select[name=IsoCode] option[selected]")!.GetAttribute("value"));
        Assert.Contains(nameZh, edit.QuerySelector(".derived-fields")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("XX", "\"XX\" is not an ISO 3166-1 code in the list")]
    [InlineData("Taiwan", "\"Taiwan\" is not an ISO 3166-1 code in the list")]
    [InlineData("", "Choose the country or region from the list.")]
    [InlineData("GB", "United Kingdom (GB) is already listed")]
    public async Task Create_WithACodeNotInTheListOrAlreadyListed_Answers400_WithTheErrorNextToTheSelect(string code, string error)
    {
        var client = await EditorAsync();
        var before = await site.WithDbAsync(db => db.Countries.CountAsync());
        var page = await client.GetHtmlAsync("/admin/countries/new");

        using var response = await AdminForms.PostAsync(client, AdminForms.EditForm(page), [new("IsoCode", code)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(error, AdminForms.FieldError(await response.ReadHtmlAsync(), "IsoCode"), StringComparison.Ordinal);
        Assert.Equal(before, await site.WithDbAsync(db => db.Countries.CountAsync()));
    }

    [Fact]
    public async Task Edit_ChangingTheCode_TakesTheNewEntrysNames()
    {
        var client = await EditorAsync();
        var id = await site.WithDbAsync(async db =>
        {
            var country = new Country { IsoCode = "IS", Name = "Iceland", Status = PublicationStatus.Published };
            db.Countries.Add(country);
            await db.SaveChangesAsync();
            return country.Id;
        });
        var page = await client.GetHtmlAsync($"/admin/countries/{id}/edit");

        using var response = await AdminForms.PostAsync(client, AdminForms.EditForm(page), [new("IsoCode", "IE")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await site.WithDbAsync(db => db.Countries.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(("IE", "Ireland", "爱尔兰", WorldRegion.Europe), (stored.IsoCode, stored.Name, stored.NameZh, stored.WorldRegion));
    }
}
