using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.Media;

namespace NjitInternational.Web.Features.News;

/// <summary>One news item in a list (the news page, the home page, a partner's or programme's page).</summary>
public sealed record NewsListItem(string Slug, LocalizedText Title, DateOnly PublishedOn, LocalizedText? Summary);

/// <summary>A section of news on another page: a heading (an interface string key) and the items under it.</summary>
public sealed record NewsListSection(string Heading, IReadOnlyList<NewsListItem> Items);

/// <summary>A page of the news list, newest first.</summary>
public sealed record NewsListPage(IReadOnlyList<NewsListItem> Items, int Page, int PageCount);

/// <summary>A programme or partner a news item is about.</summary>
public sealed record NewsLink(string Path, LocalizedText Name);

public sealed record NewsDetail(
    string Slug,
    LocalizedText Title,
    DateOnly PublishedOn,
    DateTime UpdatedAtUtc,
    LocalizedText? Summary,
    IHtmlContent Body,
    MediaImage? Image,
    IReadOnlyList<NewsLink> Programmes,
    IReadOnlyList<NewsLink> Partners);

/// <summary>
/// Published news (<see cref="PublishedQueries"/>): the paged list, the latest few, the items about a
/// partner or programme, and one item with the programmes and partners it concerns that are visible.
/// </summary>
public sealed class NewsQueries(AppDbContext db, MarkdownRenderer markdown, TimeProvider clock)
{
    /// <summary>As many as the partner directory shows on a page.</summary>
    public const int PageSize = 20;

    /// <summary>One "now" per request for the visibility rule (see PublishedQueries).</summary>
    private readonly DateTime _now = PublishedQueries.Now(clock);

    private IQueryable<NewsItem> Visible => db.NewsItems.AsNoTracking().Published(_now);

    /// <summary>A page of the list; <paramref name="page"/> is clamped to the pages there are.</summary>
    public async Task<NewsListPage> ListAsync(int page, CancellationToken cancellationToken)
    {
        var total = await Visible.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var current = Math.Clamp(page, 1, pageCount);
        var items = await Items(Visible, (current - 1) * PageSize, PageSize).ToListAsync(cancellationToken);
        return new NewsListPage(items, current, pageCount);
    }

    /// <summary>The newest items, optionally only those about one partner or one programme.</summary>
    public async Task<IReadOnlyList<NewsListItem>> LatestAsync(int count, string? partnerSlug, string? programmeSlug, CancellationToken cancellationToken)
    {
        var records = Visible;
        if (partnerSlug is not null)
        {
            records = records.Where(n => n.Partners.Any(l => l.Partner!.Slug == partnerSlug));
        }

        if (programmeSlug is not null)
        {
            records = records.Where(n => n.Programmes.Any(l => l.Programme!.Slug == programmeSlug));
        }

        return await Items(records, 0, count).ToListAsync(cancellationToken);
    }

    public async Task<NewsDetail?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var row = await Visible.Where(n => n.Slug == slug)
            .Select(n => new
            {
                n.Id,
                n.Slug,
                Title = LocalizedText.Of(n.Title, n.TitleZh),
                n.PublishedOn,
                n.UpdatedAtUtc,
                Summary = LocalizedText.Pick(n.Summary, n.SummaryZh),
                n.Body,
                n.BodyZh,
                Image = n.ImageMedia == null ? null : new MediaImage(n.ImageMedia.Key, n.ImageMedia.VariantWidths, n.ImageMedia.Width, n.ImageMedia.Height, n.ImageMedia.AltText, n.ImageMedia.IsDecorative),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var links = db.Set<NewsProgramme>().Where(l => l.NewsItemId == row.Id).Select(l => l.ProgrammeId);
        var programmes = await ContentTypes.Programme.Visible(db.Programmes.AsNoTracking(), _now)
            .Where(p => links.Contains(p.Id))
            .OrderBy(p => p.Title)
            .Select(p => new { p.Slug, Name = LocalizedText.Of(p.Title, p.TitleZh) })
            .ToListAsync(cancellationToken);
        var partnerLinks = db.Set<NewsPartner>().Where(l => l.NewsItemId == row.Id).Select(l => l.PartnerId);
        var partners = await ContentTypes.Partner.Visible(db.Partners.AsNoTracking(), _now)
            .Where(p => partnerLinks.Contains(p.Id))
            .OrderBy(p => p.Name)
            .Select(p => new { p.Slug, Name = LocalizedText.Of(p.Name, p.NameZh) })
            .ToListAsync(cancellationToken);

        return new NewsDetail(
            row.Slug,
            row.Title,
            row.PublishedOn,
            row.UpdatedAtUtc,
            row.Summary,
            markdown.RenderLocalized(row.Body, row.BodyZh),
            row.Image,
            [.. programmes.Select(p => new NewsLink(ContentTypes.Programme.PublicPath(p.Slug)!, p.Name))],
            [.. partners.Select(p => new NewsLink(ContentTypes.Partner.PublicPath(p.Slug)!, p.Name))]);
    }

    private static IQueryable<NewsListItem> Items(IQueryable<NewsItem> records, int skip, int take) =>
        records.OrderByDescending(n => n.PublishedOn).ThenByDescending(n => n.Id)
            .Skip(skip).Take(take)
            .Select(n => new NewsListItem(n.Slug, LocalizedText.Of(n.Title, n.TitleZh), n.PublishedOn, LocalizedText.Pick(n.Summary, n.SummaryZh)));
}
