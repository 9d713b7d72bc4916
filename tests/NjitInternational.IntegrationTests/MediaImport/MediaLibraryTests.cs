using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NjitInternational.IntegrationTests.AdminContent;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.MediaImport;

/// <summary>Accepted uploads: stored under generated names, served with the right headers, used by content.</summary>
public class MediaLibraryTests(MediaSiteFactory site) : IClassFixture<MediaSiteFactory>
{
    [Fact]
    public async Task Upload_OfAPngNamedJpg_IsAcceptedByContent_AndServedAsWebpWithCacheHeaders()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);

        using var response = await MediaImportForms.UploadAsync(client, TestImages.Png(900, 600), "holiday.jpg", "image/jpeg", "Campus gate at dusk");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = await site.WithDbAsync(db => db.MediaItems.AsNoTracking().SingleAsync(m => m.AltText == "Campus gate at dusk"));
        Assert.Equal(("png", 900, 600, "320,640,900"), (item.SourceFormat, item.Width, item.Height, item.VariantWidths));
        // Stored under the generated key, never the uploaded name.
        Assert.DoesNotContain(site.StoredFiles(), f => f.Contains("holiday", StringComparison.Ordinal));
        Assert.Equal(3, site.StoredFiles().Count(f => f.Contains(item.Key.ToString("N"), StringComparison.Ordinal)));

        using var anonymous = site.CreateClient();
        var url = $"/media/{item.Key:N}/640.webp";
        using var image = await anonymous.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/webp", image.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", image.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("max-age=31536000", image.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("immutable", image.Headers.CacheControl.ToString(), StringComparison.Ordinal);
        var bytes = await image.Content.ReadAsByteArrayAsync();
        Assert.Equal("WEBP", System.Text.Encoding.ASCII.GetString(bytes, 8, 4));

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(image.Headers.ETag!);
        using var notModified = await anonymous.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        var audit = await site.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .AnyAsync(a => a.EntityType == nameof(MediaItem) && a.Action == "Upload" && a.EntityId == item.Id.ToString(CultureInfo.InvariantCulture)));
        Assert.True(audit);
    }

    [Fact]
    public async Task Upload_MarkedDecorative_NeedsNoAltText_AndTheLibraryListsIt()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);

        using var response = await MediaImportForms.UploadAsync(client, TestImages.Webp(400, 100), "divider.webp", "image/webp", null, decorative: true);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var library = await client.GetHtmlAsync("/admin/media");
        var card = library.QuerySelectorAll(".media-card").Single(c => c.TextContent.Contains("divider.webp", StringComparison.Ordinal));
        Assert.Equal(string.Empty, card.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Contains("Decorative", card.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImageUsedAsALogo_IsShownResponsively_AndCannotBeDeleted()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        using (var upload = await MediaImportForms.UploadAsync(client, TestImages.Jpeg(1600, 800), "logo.jpeg", "image/jpeg", "Logo of the partner"))
        {
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }

        var (mediaId, key) = await site.WithDbAsync(async db =>
        {
            var m = await db.MediaItems.SingleAsync(x => x.AltText == "Logo of the partner");
            return (m.Id, m.Key);
        });
        var partner = await site.WithDbAsync(db => db.Partners.Where(p => p.Status == PublicationStatus.Published)
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.Slug, p.Name }).FirstAsync());

        // The edit form's picker offers the image; saving with it sets the logo.
        var edit = await client.GetHtmlAsync($"/admin/partners/{partner.Id}/edit");
        Assert.NotNull(edit.QuerySelector($"select[name=LogoMediaId] option[value='{mediaId}']"));
        using (var save = await AdminForms.PostAsync(client, AdminForms.EditForm(edit), [new("LogoMediaId", mediaId.ToString(CultureInfo.InvariantCulture))]))
        {
            Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        }

        using var visitor = site.CreateClient();
        var page = await visitor.GetHtmlAsync($"/en/partners/{partner.Slug}");
        var img = page.QuerySelector("img.partner-logo")!;
        Assert.Equal($"/media/{key:N}/320.webp", img.GetAttribute("src"));
        Assert.Equal($"/media/{key:N}/320.webp 320w, /media/{key:N}/640.webp 640w, /media/{key:N}/1280.webp 1280w", img.GetAttribute("srcset"));
        Assert.False(string.IsNullOrEmpty(img.GetAttribute("sizes")));
        Assert.Equal(("1280", "640", "Logo of the partner"), (img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("alt")));

        // Deleting it is refused with where it is used; nothing is removed.
        var confirm = await client.GetHtmlAsync($"/admin/media/{mediaId}/delete");
        Assert.Contains(partner.Name, confirm.QuerySelector(".dependents")!.TextContent, StringComparison.Ordinal);
        using var delete = await client.PostAsync(new Uri($"/admin/media/{mediaId}/delete", UriKind.Relative), new FormUrlEncodedContent(
            [new("__RequestVerificationToken", confirm.AntiforgeryToken())]));
        var refused = await delete.ReadHtmlAsync();
        Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
        Assert.Contains("Partner logo: " + partner.Name, refused.QuerySelector(".dependents")!.TextContent, StringComparison.Ordinal);
        Assert.True(await site.WithDbAsync(db => db.MediaItems.AnyAsync(m => m.Id == mediaId)));
        using var stillServed = await visitor.GetAsync(new Uri($"/media/{key:N}/640.webp", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, stillServed.StatusCode);
    }

    [Fact]
    public async Task UnusedImage_IsDeleted_WithItsFiles()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        using (var upload = await MediaImportForms.UploadAsync(client, TestImages.Png(100, 100), "unused.png", "image/png", "An unused square"))
        {
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }

        var item = await site.WithDbAsync(db => db.MediaItems.SingleAsync(m => m.AltText == "An unused square"));
        var confirm = await client.GetHtmlAsync($"/admin/media/{item.Id}/delete");
        using var delete = await client.SubmitFormAsync(AdminForms.FormWithAction(confirm, "/delete"), []);

        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.False(await site.WithDbAsync(db => db.MediaItems.AnyAsync(m => m.Id == item.Id)));
        Assert.DoesNotContain(site.StoredFiles(), f => f.Contains(item.Key.ToString("N"), StringComparison.Ordinal));
        using var gone = await site.CreateClient().GetAsync(new Uri($"/media/{item.Key:N}/100.webp", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }
}
