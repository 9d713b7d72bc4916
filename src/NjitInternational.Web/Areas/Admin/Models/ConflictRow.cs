namespace NjitInternational.Web.Areas.Admin.Models;

public sealed record ConflictRow(string Field, string? Mine, string? Current)
{
    public bool Differs => Mine is not null && !string.Equals(Mine, Current, StringComparison.Ordinal);
}
