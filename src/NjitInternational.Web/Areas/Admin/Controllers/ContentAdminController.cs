using System.Globalization;
using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Areas.Admin.Services;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.ContentCsv;
using NjitInternational.Web.Features.Scheduling;

namespace NjitInternational.Web.Areas.Admin.Controllers;

/// <summary>
/// List, create, edit, delete, publish, unpublish, archive and preview for one content type. The
/// derived controller (one per type) says how its records map to its input model; everything
/// else, including the concurrency conflict page, is the same for all types.
/// </summary>
public abstract class ContentAdminController<TEntity, TInput>(AppDbContext db, ContentStore store, ContentFieldReader fields, TimeProvider clock) : AdminController
    where TEntity : ContentEntity, new()
    where TInput : ScheduledContentInput, new()
{
    private const string ViewRoot = "~/Areas/Admin/Views/Content/";
    private const int MaxSearchLength = 200;

    protected AppDbContext Db => db;

    /// <summary>The type's description (<see cref="ContentTypes"/>): names, addresses, title.</summary>
    protected abstract ContentType<TEntity> Info { get; }

    /// <summary>The name or title: searched, sorted by, and shown in headings.</summary>
    private Expression<Func<TEntity, string>> TitleField => Info.Title;

    protected abstract Expression<Func<TEntity, ContentListRow>> ListRow { get; }

    /// <summary>Heading of the list's second column (e.g. "Country"), or null for none.</summary>
    protected virtual string? DetailHeading => null;

    protected abstract TInput ToInput(TEntity entity);

    protected abstract void Apply(TInput input, TEntity entity);

    /// <summary>Loads what <see cref="ToInput"/> and <see cref="Apply"/> need (e.g. Include of a collection).</summary>
    protected virtual IQueryable<TEntity> WithDetails(IQueryable<TEntity> records) => records;

    /// <summary>Records that would block a delete, described for the editor.</summary>
    protected virtual Task<List<string>> DependentsAsync(int id, CancellationToken cancellationToken) => Task.FromResult(new List<string>());

    /// <summary>The form's options (countries, partners, library images).</summary>
    protected virtual Task<FormChoices> FormChoicesAsync(CancellationToken cancellationToken) => Task.FromResult(FormChoices.None);

    protected virtual Task<object?> ExtraModelAsync(int id, CancellationToken cancellationToken) => Task.FromResult<object?>(null);

    protected virtual string? ExtraPartial => null;

    /// <summary>Type-specific checks beyond the data annotations (uniqueness of a name, say).</summary>
    protected virtual Task ValidateMoreAsync(TInput input, int? id, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A media picker's value (logo, photo, page image) must name an image of the library.</summary>
    protected async Task RequireLibraryImageAsync(Features.Media.MediaLibrary media, int? mediaId, string field, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(media);
        if (mediaId is { } id && !await media.ExistsAsync(id, cancellationToken))
        {
            ModelState.AddModelError(field, "Choose an image from the media library.");
        }
    }

    /// <summary>The CSV export's columns: by default every field of the edit form and the status.</summary>
    protected virtual ContentCsvMap<TEntity> CsvExport => ContentCsvMap<TEntity>.FromInput(Info.BasePath.Split('/')[^1] + ".csv", ToInput);

    /// <summary>Whether the list offers a CSV import (partners and programmes).</summary>
    protected virtual bool CanImport => false;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? status, string? page, CancellationToken cancellationToken)
    {
        var (query, search, statusFilter) = Filtered(q, status);
        var total = await query.CountAsync(cancellationToken);
        var totalPages = Math.Max(1, (int)Math.Ceiling(total / (double)PagingModel.PageSize));
        var pageNumber = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? Math.Clamp(p, 1, totalPages) : 1;
        var rows = await query.OrderBy(TitleField).ThenBy(e => e.Id)
            .Skip((pageNumber - 1) * PagingModel.PageSize).Take(PagingModel.PageSize)
            .Select(ContentListRows.WithSchedule(ListRow))
            .ToListAsync(cancellationToken);

        var now = PublishedQueries.Now(clock);
        var schedules = rows.Where(r => r.PublishAtUtc != null || r.UnpublishAtUtc != null)
            .ToDictionary(r => r.Id, r => ScheduleSummary.Of(r.Status, r.PublishAtUtc, r.UnpublishAtUtc, now)!);

        var paging = new PagingModel(pageNumber, totalPages, total, Info.BasePath, new Dictionary<string, string?>
        {
            ["q"] = search,
            ["status"] = statusFilter?.ToString(),
        });
        return View(ViewRoot + "List.cshtml", new ContentListPage(Info, rows, search, statusFilter, paging, DetailHeading, CanImport) { Schedules = schedules });
    }

    /// <summary>Every record the list shows under the same filters (search, status), as CSV.</summary>
    [HttpGet("export.csv")]
    public async Task<IActionResult> Export(string? q, string? status, CancellationToken cancellationToken)
    {
        var (query, _, _) = Filtered(q, status);
        var map = CsvExport;
        var records = await map.Include(query).OrderBy(TitleField).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        return new ContentCsvFile(map.FileName, map.Header, records.Select(map.Row));
    }

    private (IQueryable<TEntity> Query, string? Search, PublicationStatus? Status) Filtered(string? q, string? status)
    {
        var search = string.IsNullOrWhiteSpace(q) ? null : q.Trim()[..Math.Min(q.Trim().Length, MaxSearchLength)];
        PublicationStatus? statusFilter = Enum.TryParse<PublicationStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(status, out _) ? s : null;

        var query = db.Set<TEntity>().AsNoTracking();
        if (statusFilter is { } wanted)
        {
            query = query.Where(e => e.Status == wanted);
        }

        if (search is not null)
        {
            query = query.Where(TitleLike(TitleField, search));
        }

        return (query, search, statusFilter);
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        await FormAsync(new TInput(), null, null, StatusCodes.Status200OK, cancellationToken);

    [HttpPost("new")]
    public async Task<IActionResult> Create(TInput input, string? preview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!string.IsNullOrEmpty(preview))
        {
            return await PreviewFormAsync(input, null, preview, cancellationToken);
        }

        await ValidateAsync(input, null, null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await FormAsync(input, null, null, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var entity = new TEntity();
        ApplyAll(input, entity);
        db.Add(entity);
        if (!await TrySaveAsync(cancellationToken))
        {
            return await FormAsync(input, null, null, StatusCodes.Status400BadRequest, cancellationToken);
        }

        TempData["Notice"] = entity.PublishAtUtc is { } publishAt
            ? $"The {Info.Singular} was created as a draft, scheduled to publish at {ScheduleRules.FormatChina(publishAt)}."
            : $"The {Info.Singular} was created as a draft.";
        return Redirect(Info.EditPath(entity.Id));
    }

    [HttpGet("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        ShowEditAsync(id, StatusCodes.Status200OK, cancellationToken);

    /// <summary>The edit page with the stored values (and any errors already in ModelState).</summary>
    protected async Task<IActionResult> ShowEditAsync(int id, int status, CancellationToken cancellationToken)
    {
        var entity = await WithDetails(db.Set<TEntity>().AsNoTracking()).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        return entity is null
            ? NotFound()
            : await FormAsync(InputFor(entity), entity, entity.ConcurrencyStamp, status, cancellationToken);
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, TInput input, Guid concurrencyStamp, string? preview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var entity = await WithDetails(db.Set<TEntity>()).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entity is null)
        {
            return await ConflictAsync(id, input, "Save", Info.EditPath(id), cancellationToken);
        }

        if (!string.IsNullOrEmpty(preview))
        {
            return await PreviewFormAsync(input, entity, preview, cancellationToken, concurrencyStamp);
        }

        await ValidateAsync(input, id, entity, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await FormAsync(input, entity, concurrencyStamp, StatusCodes.Status400BadRequest, cancellationToken);
        }

        ApplyAll(input, entity);
        ExpectStamp(entity, concurrencyStamp);
        try
        {
            if (!await TrySaveAsync(cancellationToken))
            {
                return await FormAsync(input, entity, concurrencyStamp, StatusCodes.Status400BadRequest, cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(id, input, "Save", Info.EditPath(id), cancellationToken);
        }

        TempData["Notice"] = "Your changes were saved.";
        return Redirect(Info.EditPath(id));
    }

    [HttpPost("{id:int}/publish")]
    public Task<IActionResult> Publish(int id, Guid concurrencyStamp, string? returnUrl, CancellationToken cancellationToken) =>
        ChangeStatusAsync(id, concurrencyStamp, PublicationStatus.Published, "publish", returnUrl, cancellationToken);

    [HttpPost("{id:int}/unpublish")]
    public Task<IActionResult> Unpublish(int id, Guid concurrencyStamp, string? returnUrl, CancellationToken cancellationToken) =>
        ChangeStatusAsync(id, concurrencyStamp, PublicationStatus.Draft, "unpublish", returnUrl, cancellationToken);

    [HttpPost("{id:int}/archive")]
    public Task<IActionResult> Archive(int id, Guid concurrencyStamp, string? returnUrl, CancellationToken cancellationToken) =>
        ChangeStatusAsync(id, concurrencyStamp, PublicationStatus.Archived, "archive", returnUrl, cancellationToken);

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var record = await db.Set<TEntity>().AsNoTracking().Where(e => e.Id == id).Select(ListRow).FirstOrDefaultAsync(cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        var dependents = await DependentsAsync(id, cancellationToken);
        return View(ViewRoot + "Delete.cshtml", new DeletePage(Info, id, record.Title, record.ConcurrencyStamp, dependents, null));
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> DeleteConfirmed(int id, Guid concurrencyStamp, CancellationToken cancellationToken)
    {
        var entity = await db.Set<TEntity>().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entity is null)
        {
            TempData["Notice"] = $"The {Info.Singular} had already been deleted.";
            return Redirect(Info.BasePath);
        }

        var title = Info.TitleOf(entity);
        var dependents = await DependentsAsync(id, cancellationToken);
        if (dependents.Count > 0)
        {
            return Refused(id, title, concurrencyStamp, dependents);
        }

        db.Entry(entity).Property(e => e.ConcurrencyStamp).OriginalValue = concurrencyStamp;
        db.Remove(entity);
        try
        {
            await store.SaveAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(id, null, "Delete", $"{Info.BasePath}/{id}/delete", cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A record that started depending on this one after the check above.
            db.ChangeTracker.Clear();
            return Refused(id, title, concurrencyStamp, await DependentsAsync(id, cancellationToken));
        }

        TempData["Notice"] = $"The {Info.Singular} \"{title}\" was deleted.";
        return Redirect(Info.BasePath);
    }

    [HttpGet("/admin/preview/[controller]/{id:int}")]
    public async Task<IActionResult> Preview(int id, CancellationToken cancellationToken)
    {
        var entity = await WithDetails(db.Set<TEntity>().AsNoTracking()).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entity is null)
        {
            return NotFound();
        }

        var title = Info.TitleOf(entity);
        return View(ViewRoot + "Preview.cshtml", new PreviewPage(Info, id, title, entity.Status, fields.PreviewFields(InputFor(entity))));
    }

    private ViewResult Refused(int id, string title, Guid concurrencyStamp, List<string> dependents)
    {
        Response.StatusCode = StatusCodes.Status409Conflict;
        var message = dependents.Count == 0
            ? $"This {Info.Singular} could not be deleted because other records still depend on it."
            : $"This {Info.Singular} cannot be deleted while other records depend on it. Remove or change them first.";
        return View(ViewRoot + "Delete.cshtml", new DeletePage(Info, id, title, concurrencyStamp, dependents, message));
    }

    private async Task<IActionResult> ChangeStatusAsync(
        int id,
        Guid concurrencyStamp,
        PublicationStatus target,
        string action,
        string? returnUrl,
        CancellationToken cancellationToken)
    {
        var back = Url.IsLocalUrl(returnUrl) ? returnUrl : Info.EditPath(id);
        var entity = await db.Set<TEntity>().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entity is null)
        {
            return await ConflictAsync(id, null, action, $"{Info.BasePath}/{id}/{action}", cancellationToken);
        }

        entity.Status = target;
        ScheduleRules.OnManualStatusChange(entity, target, PublishedQueries.Now(clock));
        ExpectStamp(entity, concurrencyStamp);
        try
        {
            await store.SaveAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(id, null, action, $"{Info.BasePath}/{id}/{action}", cancellationToken);
        }

        TempData["Notice"] = target switch
        {
            PublicationStatus.Published => $"The {Info.Singular} is published.",
            PublicationStatus.Archived => $"The {Info.Singular} is archived.",
            _ => $"The {Info.Singular} is a draft again.",
        };
        return Redirect(back);
    }

    /// <summary>
    /// The save succeeds only if the record still has the stamp the editor loaded; the UPDATE is
    /// forced so related rows changing alone still check (and renew) the stamp.
    /// </summary>
    private void ExpectStamp(TEntity entity, Guid concurrencyStamp)
    {
        var entry = db.Entry(entity);
        entry.Property(e => e.ConcurrencyStamp).OriginalValue = concurrencyStamp;
        entry.Property(e => e.UpdatedAtUtc).IsModified = true;
    }

    /// <summary>The type's input plus the schedule and review fields every type shares.</summary>
    private TInput InputFor(TEntity entity)
    {
        var input = ToInput(entity);
        input.ReadFrom(entity);
        return input;
    }

    private void ApplyAll(TInput input, TEntity entity)
    {
        Apply(input, entity);
        input.WriteTo(entity);
    }

    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.SaveAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException)
        {
            // Most likely a unique address taken between the check and the save.
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, $"The {Info.Singular} could not be saved: its address or name is probably in use by another record. Check and try again.");
            return false;
        }
    }

    private async Task ValidateAsync(TInput input, int? id, TEntity? stored, CancellationToken cancellationToken)
    {
        input.Validate(stored, PublishedQueries.Now(clock), ModelState);
        if (Info.Slug is { } slugOf && input.Address() is { } address)
        {
            await ValidateSlugAsync(slugOf, address, id, cancellationToken);
        }

        await ValidateMoreAsync(input, id, cancellationToken);
    }

    private async Task ValidateSlugAsync(Expression<Func<TEntity, string>> slugOf, ISluggedInput input, int? id, CancellationToken cancellationToken)
    {
        const string Key = nameof(ISluggedInput.Slug);
        if (string.IsNullOrWhiteSpace(input.Slug))
        {
            input.Slug = SlugGenerator.Generate(input.SlugSource);
            ModelState.SetModelValue(Key, input.Slug, input.Slug);
            if (input.Slug.Length == 0)
            {
                if (!string.IsNullOrWhiteSpace(input.SlugSource))
                {
                    ModelState.AddModelError(Key, "An address cannot be made from this title (it has no Latin letters or digits). Enter one, using a–z, 0–9 and hyphens, e.g. summer-school-2026.");
                }

                return;
            }
        }

        input.Slug = input.Slug.Trim();
        if (!SlugGenerator.IsValid(input.Slug))
        {
            var suggestion = SlugGenerator.Generate(input.Slug);
            ModelState.AddModelError(Key, $"Use lower-case letters a–z, digits and single hyphens only, e.g. {(suggestion.Length > 0 ? suggestion : "my-address")}.");
            return;
        }

        var slug = input.Slug;
        if (await db.Set<TEntity>().Where(e => e.Id != id).Where(Matching(slugOf, slug)).AnyAsync(cancellationToken))
        {
            ModelState.AddModelError(Key, $"Another {Info.Singular} already uses this address: {slug}. Choose a different one.");
        }
    }

    private async Task<IActionResult> FormAsync(TInput input, TEntity? entity, Guid? concurrencyStamp, int status, CancellationToken cancellationToken, Dictionary<string, Microsoft.AspNetCore.Html.IHtmlContent>? previews = null)
    {
        (await FormChoicesAsync(cancellationToken)).AddTo(ViewData);
        ViewData["MarkdownPreviews"] = previews ?? [];
        Response.StatusCode = status;
        var model = new ContentEditPage
        {
            Type = Info,
            Id = entity?.Id,
            Input = input,
            Title = entity is null ? null : Info.TitleOf(entity),
            Status = entity?.Status ?? PublicationStatus.Draft,
            ConcurrencyStamp = concurrencyStamp ?? Guid.Empty,
            UpdatedAtUtc = entity?.UpdatedAtUtc,
            UpdatedBy = entity?.UpdatedBy,
            ExtraPartial = entity is null ? null : ExtraPartial,
            ExtraModel = entity is null ? null : await ExtraModelAsync(entity.Id, cancellationToken),
            Schedule = entity is null ? null : ScheduleSummary.Of(entity.Status, entity.PublishAtUtc, entity.UnpublishAtUtc, PublishedQueries.Now(clock)),
        };
        return View(ViewRoot + "Edit.cshtml", model);
    }

    private Task<IActionResult> PreviewFormAsync(TInput input, TEntity? entity, string field, CancellationToken cancellationToken, Guid? concurrencyStamp = null)
    {
        // The no-script preview: the form comes back as typed, with the rendered Markdown below the field.
        ModelState.Clear();
        return FormAsync(input, entity, concurrencyStamp, StatusCodes.Status200OK, cancellationToken, fields.MarkdownPreview(input, field));
    }

    private async Task<IActionResult> ConflictAsync(int id, TInput? mine, string action, string reapplyAction, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var current = await WithDetails(db.Set<TEntity>().AsNoTracking()).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        var currentInput = current is null ? null : InputFor(current);
        var reapply = new List<KeyValuePair<string, string>>();
        if (mine is not null)
        {
            reapply.AddRange(ContentFieldReader.FormValues(mine));
        }

        if (current is not null)
        {
            reapply.Add(new("concurrencyStamp", current.ConcurrencyStamp.ToString()));
        }

        var model = new ConflictViewModel(
            Info,
            id,
            current is null ? null : Info.TitleOf(current),
            action,
            current is null,
            ContentFieldReader.CompareRows(mine, currentInput, typeof(TInput)),
            current?.UpdatedBy,
            current?.UpdatedAtUtc,
            reapplyAction,
            reapply,
            current is null ? Info.BasePath : Info.EditPath(id));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(ViewRoot + "Conflict.cshtml", model);
    }

    /// <summary>
    /// Records whose title contains <paramref name="search"/> (LIKE, metacharacters escaped),
    /// ignoring case: LIKE ignores case on SQLite but not on PostgreSQL, so both sides are lowered.
    /// </summary>
    private static Expression<Func<TEntity, bool>> TitleLike(Expression<Func<TEntity, string>> title, string search)
    {
        var pattern = new { Value = LikePattern.Containing(search.ToLowerInvariant()) };
        var lowered = Expression.Call(title.Body, typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!);
        var like = typeof(DbFunctionsExtensions).GetMethod(
            nameof(DbFunctionsExtensions.Like),
            [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;
        var body = Expression.Call(
            like,
            Expression.Constant(EF.Functions),
            lowered,
            Expression.Property(Expression.Constant(pattern), nameof(pattern.Value)),
            Expression.Constant(LikePattern.EscapeCharacter));
        return Expression.Lambda<Func<TEntity, bool>>(body, title.Parameters);
    }

    /// <summary>Records whose <paramref name="column"/> equals <paramref name="value"/>.</summary>
    private static Expression<Func<TEntity, bool>> Matching(Expression<Func<TEntity, string>> column, string value)
    {
        var holder = new { Value = value };
        var body = Expression.Equal(column.Body, Expression.Property(Expression.Constant(holder), nameof(holder.Value)));
        return Expression.Lambda<Func<TEntity, bool>>(body, column.Parameters);
    }
}
