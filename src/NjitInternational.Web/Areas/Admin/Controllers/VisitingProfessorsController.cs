using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Areas.Admin.Services;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.Media;

namespace NjitInternational.Web.Areas.Admin.Controllers;

[Route("admin/visiting-professors")]
public sealed class VisitingProfessorsController(AppDbContext db, ContentStore store, ContentFieldReader fields, TimeProvider clock, MediaLibrary media)
    : ContentAdminController<VisitingProfessor, VisitingProfessorEditInput>(db, store, fields, clock)
{
    protected override ContentType<VisitingProfessor> Info => ContentTypes.VisitingProfessor;

    protected override string? DetailHeading => "Home institution";

    protected override Expression<Func<VisitingProfessor, ContentListRow>> ListRow =>
        v => new ContentListRow(v.Id, v.Name, v.HomeInstitution, v.Status, v.UpdatedAtUtc, v.UpdatedBy, v.ConcurrencyStamp);

    protected override VisitingProfessorEditInput ToInput(VisitingProfessor entity) => new()
    {
        Name = entity.Name,
        NameZh = entity.NameZh,
        Slug = entity.Slug,
        Title = entity.Title,
        TitleZh = entity.TitleZh,
        Honours = entity.Honours,
        HonoursZh = entity.HonoursZh,
        HomeInstitution = entity.HomeInstitution,
        HomeInstitutionZh = entity.HomeInstitutionZh,
        Field = entity.Field,
        FieldZh = entity.FieldZh,
        Biography = entity.Biography,
        BiographyZh = entity.BiographyZh,
        PhotoUrl = entity.PhotoUrl,
        YearsOfVisits = entity.YearsOfVisits,
        PhotoMediaId = entity.PhotoMediaId,
    };

    protected override void Apply(VisitingProfessorEditInput input, VisitingProfessor entity)
    {
        entity.Name = input.Name.Trim();
        entity.NameZh = ChineseText.Normalize(input.NameZh);
        entity.Slug = input.Slug!;
        entity.Title = input.Title?.Trim();
        entity.TitleZh = ChineseText.Normalize(input.TitleZh);
        entity.Honours = input.Honours?.Trim();
        entity.HonoursZh = ChineseText.Normalize(input.HonoursZh);
        entity.HomeInstitution = input.HomeInstitution?.Trim();
        entity.HomeInstitutionZh = ChineseText.Normalize(input.HomeInstitutionZh);
        entity.Field = input.Field?.Trim();
        entity.FieldZh = ChineseText.Normalize(input.FieldZh);
        entity.Biography = input.Biography;
        entity.BiographyZh = ChineseText.Normalize(input.BiographyZh);
        entity.PhotoUrl = input.PhotoUrl?.Trim();
        entity.YearsOfVisits = input.YearsOfVisits?.Trim();
        entity.PhotoMediaId = input.PhotoMediaId;
    }

    protected override async Task ValidateMoreAsync(VisitingProfessorEditInput input, int? id, CancellationToken cancellationToken)
    {
        await RequireLibraryImageAsync(media, input.PhotoMediaId, nameof(input.PhotoMediaId), cancellationToken);
    }

    protected override async Task<FormChoices> FormChoicesAsync(CancellationToken cancellationToken) =>
        new() { Media = await media.ChoicesAsync(cancellationToken) };
}
