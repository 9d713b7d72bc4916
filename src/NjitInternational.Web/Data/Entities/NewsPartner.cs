using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;

namespace NjitInternational.Web.Data.Entities;

/// <summary>A partner a news item is about (edited with the news item).</summary>
[PrimaryKey(nameof(NewsItemId), nameof(PartnerId))]
[Table("NewsPartners")]
public class NewsPartner
{
    public int NewsItemId { get; set; }

    public NewsItem? NewsItem { get; set; }

    public int PartnerId { get; set; }

    public Partner? Partner { get; set; }
}
