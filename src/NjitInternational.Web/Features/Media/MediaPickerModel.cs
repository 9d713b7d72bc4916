namespace NjitInternational.Web.Features.Media;

public sealed record MediaPickerModel(string Name, string Label, int? Selected, IReadOnlyList<MediaChoice> Choices);
