using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Infrastructure;

namespace NjitInternational.Web.Features.Media;

/// <summary>The result of an upload: the new image's id, or the message shown next to the file field.</summary>
public sealed record MediaUploadResult(int? Id, string? Error);

/// <summary>
/// The media library: uploads (checked, re-encoded, stored, recorded with an audit entry), the
/// list, where an image is used, and deletion (refused while anything uses the image).
/// </summary>
public sealed class MediaLibrary(
    AppDbContext db,
    IMediaStorage storage,
    ImageProcessor processor,
    IOptions<MediaOptions> options,
    ICurrentUser currentUser,
    TimeProvider clock)
{
    public const int MaxListed = 500;

    public async Task<MediaUploadResult> UploadAsync(IFormFile file, string? altText, bool isDecorative, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var max = options.Value.MaxUploadBytes;
        if (file.Length == 0)
        {
            return new(null, "The file is empty. Choose an image file.");
        }

        if (file.Length > max)
        {
            return new(null, $"The file is {FormatSize(file.Length)}; the largest accepted is {FormatSize(max)}. Make it smaller and try again.");
        }

        byte[] bytes;
        await using (var stream = file.OpenReadStream())
        {
            using var buffer = new MemoryStream((int)file.Length);
            await stream.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
        }

        var processed = processor.Process(bytes);
        if (!processed.Succeeded)
        {
            return new(null, processed.Error);
        }

        var key = Guid.NewGuid();
        foreach (var variant in processed.Variants)
        {
            await storage.WriteAsync(key, FileName(variant.Width), variant.Webp, cancellationToken);
        }

        var largest = processed.Variants[^1];
        var item = new MediaItem
        {
            Key = key,
            OriginalFileName = CleanFileName(file.FileName),
            AltText = isDecorative ? null : altText?.Trim(),
            IsDecorative = isDecorative,
            SourceFormat = processed.Format.ToString().ToLowerInvariant(),
            Width = largest.Width,
            Height = largest.Height,
            VariantWidths = string.Join(',', processed.Variants.Select(v => v.Width.ToString(CultureInfo.InvariantCulture))),
            UploadedBytes = bytes.LongLength,
            UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
            UploadedBy = currentUser.UserName,
        };
        db.MediaItems.Add(item);
        try
        {
            await SaveWithAuditAsync(item, "Upload", cancellationToken);
        }
        catch
        {
            await storage.DeleteAsync(key, CancellationToken.None);
            throw;
        }

        return new(item.Id, null);
    }

    public async Task<MediaLibraryPage> ListAsync(CancellationToken cancellationToken)
    {
        var total = await db.MediaItems.CountAsync(cancellationToken);
        var items = await db.MediaItems.AsNoTracking()
            .OrderByDescending(m => m.UploadedAtUtc).ThenByDescending(m => m.Id)
            .Take(MaxListed)
            .Select(m => new MediaListItem(
                m.Id,
                new MediaImage(m.Key, m.VariantWidths, m.Width, m.Height, m.AltText, m.IsDecorative),
                m.OriginalFileName,
                m.SourceFormat,
                m.UploadedBytes,
                m.UploadedAtUtc,
                m.UploadedBy,
                db.Partners.Count(p => p.LogoMediaId == m.Id)
                    + db.VisitingProfessors.Count(v => v.PhotoMediaId == m.Id)
                    + db.Pages.Count(p => p.ImageMediaId == m.Id)
                    + db.NewsItems.Count(n => n.ImageMediaId == m.Id)))
            .ToListAsync(cancellationToken);
        return new MediaLibraryPage(items, total);
    }

    public Task<MediaDeletePage?> FindForDeleteAsync(int id, string? message, CancellationToken cancellationToken) =>
        DeletePageAsync(id, message, cancellationToken);

    /// <summary>Every record that shows the image, so staff know what to change first.</summary>
    public async Task<IReadOnlyList<MediaUsage>> UsagesAsync(int id, CancellationToken cancellationToken)
    {
        var partners = await db.Partners.AsNoTracking().Where(p => p.LogoMediaId == id).OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var professors = await db.VisitingProfessors.AsNoTracking().Where(v => v.PhotoMediaId == id).OrderBy(v => v.Name)
            .Select(v => new { v.Id, v.Name }).ToListAsync(cancellationToken);
        var pages = await db.Pages.AsNoTracking().Where(p => p.ImageMediaId == id).OrderBy(p => p.Title)
            .Select(p => new { p.Id, p.Title }).ToListAsync(cancellationToken);
        var news = await db.NewsItems.AsNoTracking().Where(n => n.ImageMediaId == id).OrderBy(n => n.Title)
            .Select(n => new { n.Id, n.Title }).ToListAsync(cancellationToken);
        return
        [
            .. partners.Select(p => new MediaUsage($"Partner logo: {p.Name}", ContentTypes.Partner.EditPath(p.Id))),
            .. professors.Select(v => new MediaUsage($"Visiting professor photo: {v.Name}", ContentTypes.VisitingProfessor.EditPath(v.Id))),
            .. pages.Select(p => new MediaUsage($"Page image: {p.Title}", ContentTypes.Page.EditPath(p.Id))),
            .. news.Select(n => new MediaUsage($"News image: {n.Title}", ContentTypes.News.EditPath(n.Id))),
        ];
    }

    /// <summary>Deletes an unused image; returns the records using it (and deletes nothing) otherwise.</summary>
    public async Task<IReadOnlyList<MediaUsage>> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var usages = await UsagesAsync(id, cancellationToken);
        if (usages.Count > 0)
        {
            return usages;
        }

        var item = await db.MediaItems.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (item is null)
        {
            return [];
        }

        db.MediaItems.Remove(item);
        try
        {
            await SaveWithAuditAsync(item, "Delete", cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A record started using the image after the check (the foreign key refused the delete).
            db.ChangeTracker.Clear();
            return await UsagesAsync(id, cancellationToken);
        }

        await storage.DeleteAsync(item.Key, cancellationToken);
        return [];
    }

    public async Task<IReadOnlyList<MediaChoice>> ChoicesAsync(CancellationToken cancellationToken)
    {
        var rows = await db.MediaItems.AsNoTracking()
            .OrderByDescending(m => m.UploadedAtUtc).ThenByDescending(m => m.Id)
            .Select(m => new { m.Id, m.Key, m.AltText, m.IsDecorative, m.OriginalFileName, m.Width, m.Height, m.VariantWidths })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(m => new MediaChoice(
            m.Id,
            string.Create(CultureInfo.InvariantCulture, $"{(m.IsDecorative ? "(decorative) " + m.OriginalFileName : m.AltText)} — {m.Width}×{m.Height}"),
            MediaImage.UrlOf(m.Key, MediaImage.ParseWidths(m.VariantWidths).FirstOrDefault(m.Width))))];
    }

    public Task<bool> ExistsAsync(int id, CancellationToken cancellationToken) =>
        db.MediaItems.AnyAsync(m => m.Id == id, cancellationToken);

    public static string FileName(int width) => string.Create(CultureInfo.InvariantCulture, $"{width}.webp");

    /// <summary>A size as people read it: "340 KB", "4.8 MB".</summary>
    public static string FormatSize(long bytes) => bytes < 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (long)Math.Round(bytes / 1024d))} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d / 1024d:0.#} MB");

    private async Task<MediaDeletePage?> DeletePageAsync(int id, string? message, CancellationToken cancellationToken)
    {
        var item = await db.MediaItems.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new { m.Id, Image = new MediaImage(m.Key, m.VariantWidths, m.Width, m.Height, m.AltText, m.IsDecorative), m.OriginalFileName })
            .FirstOrDefaultAsync(cancellationToken);
        return item is null ? null : new MediaDeletePage(item.Id, item.Image, item.OriginalFileName, await UsagesAsync(id, cancellationToken), message);
    }

    /// <summary>The image and its audit entry in one transaction (the id is known only after the insert).</summary>
    private async Task SaveWithAuditAsync(MediaItem item, string action, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            db.AuditEntries.Add(new AuditEntry
            {
                AtUtc = clock.GetUtcNow().UtcDateTime,
                UserName = currentUser.UserName,
                Action = action,
                EntityType = nameof(MediaItem),
                EntityId = item.Id.ToString(CultureInfo.InvariantCulture),
                Summary = $"{action} image \"{Shorten(item.IsDecorative ? item.OriginalFileName : item.AltText ?? item.OriginalFileName)}\"",
                ChangesJson = action == "Upload"
                    ? JsonSerializer.Serialize(new { item.OriginalFileName, item.AltText, item.IsDecorative, item.Width, item.Height, item.VariantWidths })
                    : null,
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
    }

    private static string Shorten(string text) => text.Length > 150 ? text[..150] + "…" : text;

    /// <summary>Only a label for staff: the path is dropped and the length capped.</summary>
    private static string CleanFileName(string? name)
    {
        var clean = Path.GetFileName((name ?? string.Empty).Replace('\\', '/'));
        clean = new string([.. clean.Where(c => !char.IsControl(c))]).Trim();
        if (clean.Length == 0)
        {
            clean = "image";
        }

        return clean.Length > 255 ? clean[..255] : clean;
    }
}
