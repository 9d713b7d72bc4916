namespace NjitInternational.Web.Features.Programmes;

/// <summary>The "ChoiceLists" configuration section: how long a drop-down may get.</summary>
public sealed class ChoiceListOptions
{
    public const string SectionName = "ChoiceLists";

    /// <summary>
    /// Past this many options a drop-down is no help to anyone (and at thousands it weighs a
    /// megabyte): the page then asks for a country, a name search or the programme's own page
    /// instead. The office's real lists are tens long; generated demo data reaches thousands.
    /// </summary>
    public int MaxOptions { get; set; } = 200;
}

/// <summary>
/// A drop-down's options: all of them, or, when <see cref="Complete"/> is false (more than
/// <see cref="ChoiceListOptions.MaxOptions"/>), only the one already chosen.
/// </summary>
public sealed record ChoiceList<T>(IReadOnlyList<T> Options, bool Complete);
