using Microsoft.AspNetCore.Mvc;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.ContentCsv;

namespace NjitInternational.Web.Areas.Admin.Controllers;

/// <summary>The import page of a content type's list.</summary>
public sealed record ImportPage(string Plural, string Singular, string BasePath, IReadOnlyList<string> Columns, ImportReport? Report, Guid? Token);

/// <summary>
/// CSV import of partners and programmes: a dry run (the default) shows what each row would do;
/// the confirmed run imports the same file, all rows or none.
/// </summary>
[Route("admin")]
public sealed class ContentImportController(CsvImporter importer, PartnerCsv partners, ProgrammeCsv programmes, ImportStaging staging) : AdminController
{
    [HttpGet("partners/import")]
    public IActionResult Partners() => Page(PartnerInfo, null, null);

    [HttpPost("partners/import")]
    [RequestSizeLimit(CsvImporter.MaxFileBytes + (64 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = CsvImporter.MaxFileBytes + (64 * 1024))]
    public Task<IActionResult> Partners(IFormFile? file, string? mode, CancellationToken cancellationToken) =>
        UploadAsync(PartnerInfo, file, mode, (bytes, dryRun) => importer.ImportAsync(partners, bytes, dryRun, cancellationToken), cancellationToken);

    [HttpPost("partners/import/confirm")]
    public Task<IActionResult> PartnersConfirm(Guid token, CancellationToken cancellationToken) =>
        ConfirmAsync(PartnerInfo, token, bytes => importer.ImportAsync(partners, bytes, false, cancellationToken), cancellationToken);

    [HttpGet("programmes/import")]
    public IActionResult Programmes() => Page(ProgrammeInfo, null, null);

    [HttpPost("programmes/import")]
    [RequestSizeLimit(CsvImporter.MaxFileBytes + (64 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = CsvImporter.MaxFileBytes + (64 * 1024))]
    public Task<IActionResult> Programmes(IFormFile? file, string? mode, CancellationToken cancellationToken) =>
        UploadAsync(ProgrammeInfo, file, mode, (bytes, dryRun) => importer.ImportAsync(programmes, bytes, dryRun, cancellationToken), cancellationToken);

    [HttpPost("programmes/import/confirm")]
    public Task<IActionResult> ProgrammesConfirm(Guid token, CancellationToken cancellationToken) =>
        ConfirmAsync(ProgrammeInfo, token, bytes => importer.ImportAsync(programmes, bytes, false, cancellationToken), cancellationToken);

    private static ImportPage PartnerInfo => new(ContentTypes.Partner.Plural, ContentTypes.Partner.Singular, ContentTypes.Partner.BasePath, PartnerCsv.Columns, null, null);

    private static ImportPage ProgrammeInfo => new(ContentTypes.Programme.Plural, ContentTypes.Programme.Singular, ContentTypes.Programme.BasePath, ProgrammeCsv.Columns, null, null);

    private async Task<IActionResult> UploadAsync(ImportPage info, IFormFile? file, string? mode, Func<byte[], bool, Task<ImportReport>> run, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Choose a CSV file (export the list first to get the columns).");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page(info, null, null);
        }

        byte[] bytes;
        await using (var stream = file.OpenReadStream())
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
        }

        var dryRun = !string.Equals(mode, "import", StringComparison.Ordinal);
        var report = await run(bytes, dryRun);
        if (report.FileError is not null)
        {
            ModelState.AddModelError("file", report.FileError);
        }

        Guid? token = dryRun && !report.HasErrors ? await staging.SaveAsync(bytes, cancellationToken) : null;
        Response.StatusCode = report.HasErrors ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK;
        return Page(info, report, token);
    }

    private async Task<IActionResult> ConfirmAsync(ImportPage info, Guid token, Func<byte[], Task<ImportReport>> run, CancellationToken cancellationToken)
    {
        var bytes = await staging.ReadAsync(token, cancellationToken);
        if (bytes is null)
        {
            ModelState.AddModelError("file", "The checked file is no longer available (files are kept for an hour). Choose it again.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page(info, null, null);
        }

        var report = await run(bytes);
        if (report.Written || !report.HasErrors)
        {
            staging.Remove(token);
        }

        Response.StatusCode = report.HasErrors ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK;
        return Page(info, report, null);
    }

    private ViewResult Page(ImportPage info, ImportReport? report, Guid? token) =>
        View("~/Areas/Admin/Views/Content/Import.cshtml", info with { Report = report, Token = token });
}
