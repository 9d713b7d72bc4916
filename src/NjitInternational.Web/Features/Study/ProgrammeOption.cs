namespace NjitInternational.Web.Features.Study;

public sealed record ProgrammeOption(int Id, string Title);
