namespace NjitInternational.Web.Features.Dashboard;

public sealed record ContentStatusCounts(string ContentType, int Draft, int Published, int Archived)
{
    public int Total => Draft + Published + Archived;
}
