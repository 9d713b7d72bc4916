using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;

namespace NjitInternational.Web.Data.Entities;

/// <summary>A programme a news item is about (edited with the news item).</summary>
[PrimaryKey(nameof(NewsItemId), nameof(ProgrammeId))]
[Table("NewsProgrammes")]
public class NewsProgramme
{
    public int NewsItemId { get; set; }

    public NewsItem? NewsItem { get; set; }

    public int ProgrammeId { get; set; }

    public Programme? Programme { get; set; }
}
