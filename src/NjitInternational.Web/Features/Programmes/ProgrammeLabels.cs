using System.Globalization;
using System.Text.RegularExpressions;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Programmes;

/// <summary>
/// The English interface text (localizer keys) and URL values for programme kinds and directions.
/// Query-string values are short lower-case slugs so filtered URLs stay readable and stable.
/// </summary>
public static partial class ProgrammeLabels
{
    private static readonly Dictionary<ProgrammeKind, string> KindSlugs = new()
    {
        [ProgrammeKind.CollaborativeUndergraduate] = "collaborative-undergraduate",
        [ProgrammeKind.CooperativeSchool] = "cooperative-school",
        [ProgrammeKind.InternationalDegree] = "international-degree",
        [ProgrammeKind.Exchange] = "exchange",
        [ProgrammeKind.ShortCourseOrInternship] = "courses-and-internships",
    };

    public static IReadOnlyList<ProgrammeKind> Kinds { get; } = Enum.GetValues<ProgrammeKind>();

    public static string KindSlug(ProgrammeKind kind) => KindSlugs[kind];

    public static ProgrammeKind? ParseKind(string? value)
    {
        foreach (var (kind, slug) in KindSlugs)
        {
            if (string.Equals(slug, value?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return null;
    }

    public static string KindLabel(ProgrammeKind kind) => kind switch
    {
        ProgrammeKind.CollaborativeUndergraduate => "Collaborative undergraduate programme",
        ProgrammeKind.CooperativeSchool => "Cooperative school",
        ProgrammeKind.InternationalDegree => "International degree programme",
        ProgrammeKind.Exchange => "Exchange programme",
        ProgrammeKind.ShortCourseOrInternship => "Courses and internships",
        _ => kind.ToString(),
    };

    public static string KindPluralLabel(ProgrammeKind kind) => kind switch
    {
        ProgrammeKind.CollaborativeUndergraduate => "Collaborative undergraduate programmes",
        ProgrammeKind.CooperativeSchool => "Cooperative schools",
        ProgrammeKind.InternationalDegree => "International degree programmes",
        ProgrammeKind.Exchange => "Exchange programmes",
        ProgrammeKind.ShortCourseOrInternship => "Courses and internships",
        _ => kind.ToString(),
    };

    public static string DirectionSlug(DirectionFilter direction) => direction switch
    {
        DirectionFilter.Abroad => "abroad",
        _ => "to-njit",
    };

    public static DirectionFilter? ParseDirection(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "abroad" => DirectionFilter.Abroad,
        "to-njit" => DirectionFilter.ToNjit,
        _ => null,
    };

    public static string DirectionLabel(DirectionFilter direction) => direction switch
    {
        DirectionFilter.Abroad => "NJIT students going abroad",
        _ => "International students coming to NJIT",
    };

    /// <summary>Who the programme is for, as a phrase; null when the record does not say.</summary>
    public static string? AudienceLabel(ProgrammeDirection? direction) => direction switch
    {
        ProgrammeDirection.Outbound => "NJIT students going abroad",
        ProgrammeDirection.Inbound => "International students coming to NJIT",
        ProgrammeDirection.Both => "NJIT students going abroad and international students coming to NJIT",
        _ => null,
    };

    /// <summary>
    /// Reads a study mode such as "2+2" as (years at NJIT, years at the partner); null when it is
    /// not in that form, in which case only the mode itself is shown.
    /// </summary>
    public static (int AtNjit, int AtPartner)? ParseStudyMode(string? studyMode)
    {
        var match = StudyModePattern().Match(studyMode ?? string.Empty);
        if (!match.Success)
        {
            return null;
        }

        return (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^\s*(\d)\s*\+\s*(\d)\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex StudyModePattern();

    /// <summary>
    /// An ISO 8601 duration for schema.org's timeToComplete when the free-text duration is a plain
    /// "N years/months/weeks"; null otherwise (the property is then left out, never guessed).
    /// </summary>
    public static string? IsoDuration(string? duration)
    {
        var match = DurationPattern().Match(duration ?? string.Empty);
        if (!match.Success)
        {
            return null;
        }

        var amount = match.Groups[1].Value;
        return match.Groups[2].Value.ToLowerInvariant() switch
        {
            "year" => $"P{amount}Y",
            "month" => $"P{amount}M",
            _ => $"P{amount}W",
        };
    }

    [GeneratedRegex(@"^\s*(\d{1,2})\s*(year|month|week)s?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 100)]
    private static partial Regex DurationPattern();
}

/// <summary>The catalogue's direction filter: a programme for both directions appears under each.</summary>
public enum DirectionFilter
{
    /// <summary>NJIT students going abroad: Outbound or Both.</summary>
    Abroad,

    /// <summary>International students coming to NJIT: Inbound or Both.</summary>
    ToNjit,
}
