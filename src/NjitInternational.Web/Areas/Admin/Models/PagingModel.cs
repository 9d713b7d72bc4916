namespace NjitInternational.Web.Areas.Admin.Models;

public sealed record PagingModel(int Page, int TotalPages, int TotalCount, string BasePath, IReadOnlyDictionary<string, string?> Query)
{
    public const int PageSize = 25;

    public string Link(int page)
    {
        var query = Query.Where(q => !string.IsNullOrEmpty(q.Value))
            .Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value!)}")
            .Append($"page={page}");
        return $"{BasePath}?{string.Join('&', query)}";
    }
}
