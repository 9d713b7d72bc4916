namespace NjitInternational.Web.Features.Dashboard;

public sealed record RecentChange(DateTime AtUtc, string? UserName, string Action, string? EntityType, string? Summary);
