using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NjitInternational.Web.Data;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Resources;

namespace NjitInternational.Web.Features.News;

/// <summary>The Atom document of a news feed and the moment its newest entry changed.</summary>
public sealed record NewsFeedDocument(byte[] Utf8, DateTimeOffset Updated);

/// <summary>
/// The news as an Atom feed (RFC 4287) in the request's language, written by
/// System.ServiceModel.Syndication. Entry ids are <c>urn:uuid:</c> of the record's
/// <c>FeedEntryId</c>, so an edited title or slug updates the entry instead of adding one;
/// <c>updated</c> is the record's last save, the feed's that of its newest entry.
/// </summary>
public sealed class NewsFeed(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    /// <summary>Feed readers poll; the newest items are what they need.</summary>
    public const int EntryCount = 50;

    public async Task<NewsFeedDocument> BuildAsync(string siteRoot, CancellationToken cancellationToken)
    {
        var culture = SiteCultures.Current;
        var rows = await db.NewsItems.AsNoTracking().Published(PublishedQueries.Now(clock))
            .OrderByDescending(n => n.PublishedOn).ThenByDescending(n => n.Id)
            .Take(EntryCount)
            .Select(n => new { n.FeedEntryId, n.Slug, n.Title, n.TitleZh, n.Summary, n.SummaryZh, n.PublishedOn, n.UpdatedAtUtc })
            .ToListAsync(cancellationToken);

        // An empty feed still needs an <updated>: a fixed moment keeps its ETag stable.
        var updated = rows.Count == 0 ? DateTimeOffset.UnixEpoch : new DateTimeOffset(rows.Max(r => r.UpdatedAtUtc), TimeSpan.Zero);
        var listUrl = siteRoot + SiteCultures.WithPrefix("/news", culture);
        var feed = new SyndicationFeed(XmlText(text["News from NJIT International"]), XmlText(text["News and calls for applications from NJIT's international office."]), new Uri(listUrl))
        {
            Id = siteRoot + SiteCultures.WithPrefix("/news/feed.atom", culture),
            Language = culture.HtmlLang,
            LastUpdatedTime = updated,
            Items = [.. rows.Select(r =>
            {
                var item = new SyndicationItem
                {
                    Id = "urn:uuid:" + r.FeedEntryId.ToString("D"),
                    Title = new TextSyndicationContent(XmlText(LocalizedText.Of(r.Title, r.TitleZh).Text)),
                    LastUpdatedTime = new DateTimeOffset(r.UpdatedAtUtc, TimeSpan.Zero),

                    // The date staff gave the item, at midnight in Nanjing (the office's day).
                    PublishDate = new DateTimeOffset(r.PublishedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)),
                };
                item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(siteRoot + SiteCultures.WithPrefix(ContentTypes.News.PublicPath(r.Slug)!, culture))));
                if (LocalizedText.Pick(r.Summary, r.SummaryZh) is { } summary)
                {
                    item.Summary = new TextSyndicationContent(XmlText(summary.Text));
                }

                return item;
            })],
        };
        feed.Authors.Add(new SyndicationPerson { Name = text["Nanjing Institute of Technology"] });
        feed.Links.Add(new SyndicationLink(new Uri(feed.Id), "self", null, "application/atom+xml", 0));

        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            feed.SaveAsAtom10(writer);
        }

        return new NewsFeedDocument(buffer.ToArray(), updated);
    }

    /// <summary>Text without the characters XML cannot hold (control characters, lone surrogates), which a form can post.</summary>
    private static string XmlText(string value)
    {
        if (value.All(XmlConvert.IsXmlChar))
        {
            return value;
        }

        var kept = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (XmlConvert.IsXmlChar(value[i]))
            {
                kept.Append(value[i]);
            }
            else if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], value[i]))
            {
                kept.Append(value, i, 2);
                i++;
            }
        }

        return kept.ToString();
    }
}
