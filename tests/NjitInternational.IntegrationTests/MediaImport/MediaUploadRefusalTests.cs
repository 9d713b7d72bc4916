using System.Net;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.MediaImport;

/// <summary>Uploads that must be refused: a message next to the field, a 4xx, and nothing stored.</summary>
public class MediaUploadRefusalTests(MediaUploadRefusalTests.SmallUploadSite site) : IClassFixture<MediaUploadRefusalTests.SmallUploadSite>
{
    public class SmallUploadSite : MediaSiteFactory
    {
        protected override long MaxUploadBytes => 200 * 1024;
    }

    public static TheoryData<string, string, string, string> Refused => new()
    {
        { "svg", "logo.png", "image/png", "SVG files are not accepted" },
        { "gif", "photo.jpg", "image/jpeg", "GIF files are not accepted" },
        { "html", "page.webp", "image/webp", "web page (HTML)" },
        { "truncated", "photo.jpg", "image/jpeg", "incomplete or damaged" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Upload_IsRefusedByContent_WhateverTheNameAndDeclaredType(string kind, string fileName, string contentType, string message)
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var bytes = kind switch
        {
            "svg" => TestImages.Svg,
            "gif" => TestImages.Gif,
            "html" => TestImages.Html,
            _ => TestImages.TruncatedJpeg(300, 200),
        };

        using var response = await MediaImportForms.UploadAsync(client, bytes, fileName, contentType, "A description");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, MediaImportForms.FieldError(page, "File"), StringComparison.Ordinal);
        Assert.Equal(0, await site.WithDbAsync(db => db.MediaItems.CountAsync()));
        Assert.Empty(site.StoredFiles());
    }

    [Fact]
    public async Task Upload_WithoutAltText_IsRefused_UnlessDecorative()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);

        using var response = await MediaImportForms.UploadAsync(client, TestImages.Png(50, 50), "a.png", "image/png", "  ");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Describe the image", MediaImportForms.FieldError(page, "AltText"), StringComparison.Ordinal);
        Assert.Equal(0, await site.WithDbAsync(db => db.MediaItems.CountAsync()));
    }

    [Fact]
    public async Task Upload_LargerThanTheLimit_GetsAFriendlyMessageNextToTheField()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        byte[] large = [.. TestImages.Png(10, 10), .. new byte[300 * 1024]];

        using var response = await MediaImportForms.UploadAsync(client, large, "big.png", "image/png", "Big");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("the largest accepted is 200 KB", MediaImportForms.FieldError(page, "File"), StringComparison.Ordinal);
        Assert.Empty(site.StoredFiles());
    }

    [Fact]
    public async Task Upload_FarAboveTheLimit_IsCutOffByTheRequestLimit_WithTheFriendly413Page()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);

        using var response = await MediaImportForms.UploadAsync(client, new byte[2 * 1024 * 1024], "huge.png", "image/png", "Huge");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.NotNull((await response.ReadHtmlAsync()).QuerySelector("h1"));
        Assert.Empty(site.StoredFiles());
    }

    [Fact]
    public async Task Media_ForAnUnknownKeyOrWidth_Answers404()
    {
        using var client = site.CreateClient();

        using var unknown = await client.GetAsync(new Uri($"/media/{Guid.NewGuid():N}/640.webp", UriKind.Relative));
        using var traversal = await client.GetAsync(new Uri("/media/..%2f..%2fappsettings/640.webp", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, traversal.StatusCode);
    }
}
