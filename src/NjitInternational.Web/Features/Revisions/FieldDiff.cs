namespace NjitInternational.Web.Features.Revisions;

/// <summary>One field of a comparison. <see cref="Lines"/> is set for changed long or multi-line values.</summary>
public sealed record FieldDiff(string Label, string Old, string New, bool Changed, IReadOnlyList<DiffLine>? Lines);
