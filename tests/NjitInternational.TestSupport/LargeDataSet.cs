using NjitInternational.Web.Data;
using NjitInternational.Web.Features.DemoData;

namespace NjitInternational.TestSupport;

/// <summary>
/// Clearly synthetic bulk records for scale tests (query budgets, paging): the same records the
/// app's <c>generate-demo-data</c> command writes ("Synthetic University 0001" in "Synthetic Land 01"…).
/// </summary>
public static class LargeDataSet
{
    public static Task AddAsync(AppDbContext db, int partners, int programmes) =>
        DemoDataGenerator.AddAsync(db, partners, programmes, progress: null, CancellationToken.None);
}
