using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using NjitInternational.Web.Features.Revisions;

namespace NjitInternational.Web.Areas.Admin.Controllers;

/// <summary>
/// Revision history of every content type: the list of a record's revisions, a comparison of
/// any two, restoring one, and re-creating deleted records. Open to all staff, like editing.
/// </summary>
public sealed class RevisionsController(RevisionHistory history, RevisionRestorer restorer, DeletedRecords deleted) : AdminController
{
    private const string ViewRoot = "~/Areas/Admin/Views/Revisions/";

    [HttpGet("/admin/{type}/{id:int}/history")]
    public async Task<IActionResult> History(string type, int id, CancellationToken cancellationToken) =>
        await HistoryViewAsync(type, id, null, cancellationToken);

    [HttpGet("/admin/{type}/{id:int}/history/compare")]
    public async Task<IActionResult> Compare(string type, int id, string? from, string? to, CancellationToken cancellationToken)
    {
        if (RevisionedTypes.BySegment(type) is not { } contentType)
        {
            return NotFound();
        }

        var list = await history.ListAsync(contentType, id, null, cancellationToken);
        if (list is null || list.Revisions.Count == 0)
        {
            return NotFound();
        }

        // Missing or malformed numbers fall back to the two newest revisions.
        var newest = list.Revisions[0].Number;
        var toNumber = Number(to) ?? newest;
        var fromNumber = Number(from) ?? (list.Revisions.Count > 1 ? list.Revisions[1].Number : newest);
        var page = await history.CompareAsync(contentType, id, fromNumber, toNumber, cancellationToken);
        return page is null ? NotFound() : View(ViewRoot + "Compare.cshtml", page);
    }

    [HttpPost("/admin/{type}/{id:int}/history/{number:int}/restore")]
    public async Task<IActionResult> Restore(string type, int id, int number, Guid concurrencyStamp, CancellationToken cancellationToken)
    {
        if (RevisionedTypes.BySegment(type) is not { } contentType)
        {
            return NotFound();
        }

        var result = await restorer.RestoreAsync(contentType, id, number, concurrencyStamp, cancellationToken);
        switch (result.Outcome)
        {
            case RestoreOutcome.Restored:
                TempData["Notice"] = Restored($"Revision {number} was restored; it is saved as a new revision.", result.NotRelinked);
                return Redirect(contentType.EditPath(id));
            case RestoreOutcome.NotFound:
                return NotFound();
            default:
                Response.StatusCode = StatusCodes.Status409Conflict;
                return await HistoryViewAsync(type, id, result.Message, cancellationToken);
        }
    }

    [HttpGet("/admin/deleted")]
    public async Task<IActionResult> Deleted(string? type, CancellationToken cancellationToken) =>
        View(ViewRoot + "Deleted.cshtml", await deleted.ListAsync(RevisionedTypes.BySegment(type), null, cancellationToken));

    [HttpPost("/admin/deleted/{revisionId:long}/restore")]
    public async Task<IActionResult> RestoreDeleted(long revisionId, CancellationToken cancellationToken)
    {
        var result = await restorer.RestoreDeletedAsync(revisionId, cancellationToken);
        switch (result.Outcome)
        {
            case RestoreOutcome.Restored:
                TempData["Notice"] = Restored("The record was re-created as a draft from its last revision.", result.NotRelinked);
                return Redirect(result.EditPath!);
            case RestoreOutcome.NotFound:
                TempData["Notice"] = "That record was already restored, or is not in the list of deleted records.";
                return RedirectToAction(nameof(Deleted));
            default:
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View(ViewRoot + "Deleted.cshtml", await deleted.ListAsync(null, result.Message, cancellationToken));
        }
    }

    private static string Restored(string message, IReadOnlyList<string> notRelinked) =>
        notRelinked.Count == 0 ? message : $"{message} Not relinked, because they no longer exist: {string.Join("; ", notRelinked)}.";

    private static int? Number(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;

    private async Task<IActionResult> HistoryViewAsync(string type, int id, string? error, CancellationToken cancellationToken)
    {
        if (RevisionedTypes.BySegment(type) is not { } contentType)
        {
            return NotFound();
        }

        var page = await history.ListAsync(contentType, id, error, cancellationToken);
        return page is null ? NotFound() : View(ViewRoot + "History.cshtml", page);
    }
}
