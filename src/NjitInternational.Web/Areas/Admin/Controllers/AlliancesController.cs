using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Areas.Admin.Services;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Areas.Admin.Controllers;

[Route("admin/alliances")]
public sealed class AlliancesController(AppDbContext db, ContentStore store, ContentFieldReader fields, TimeProvider clock, ContentOptions options)
    : ContentAdminController<Alliance, AllianceEditInput>(db, store, fields, clock)
{
    private readonly ContentStore _store = store;

    protected override ContentType<Alliance> Info => ContentTypes.Alliance;

    protected override string? DetailHeading => "Members";

    protected override Expression<Func<Alliance, ContentListRow>> ListRow =>
        a => new ContentListRow(a.Id, a.Name, a.Members.Count == 1 ? "1 member" : a.Members.Count + " members", a.Status, a.UpdatedAtUtc, a.UpdatedBy, a.ConcurrencyStamp);

    protected override string? ExtraPartial => "_AllianceMembers";

    protected override AllianceEditInput ToInput(Alliance entity) => new()
    {
        Name = entity.Name,
        NameZh = entity.NameZh,
        Slug = entity.Slug,
        Description = entity.Description,
        DescriptionZh = entity.DescriptionZh,
        WebsiteUrl = entity.WebsiteUrl,
        YearJoined = entity.YearJoined,
    };

    protected override void Apply(AllianceEditInput input, Alliance entity)
    {
        entity.Name = input.Name.Trim();
        entity.NameZh = ChineseText.Normalize(input.NameZh);
        entity.Slug = input.Slug!;
        entity.Description = input.Description;
        entity.DescriptionZh = ChineseText.Normalize(input.DescriptionZh);
        entity.WebsiteUrl = input.WebsiteUrl?.Trim();
        entity.YearJoined = input.YearJoined;
    }

    protected override async Task<object?> ExtraModelAsync(int id, CancellationToken cancellationToken)
    {
        var members = await Db.AllianceMembers.AsNoTracking().Where(m => m.AllianceId == id)
            .OrderBy(m => m.Partner != null ? m.Partner.Name : m.InstitutionName)
            .Select(m => new AllianceMemberRow(
                m.Id,
                m.Partner != null ? m.Partner.Name : m.InstitutionName ?? string.Empty,
                m.Partner != null ? m.Partner.Country!.Name : m.Country != null ? m.Country.Name : null,
                m.PartnerId != null))
            .ToListAsync(cancellationToken);
        return new AllianceMembersModel(
            id,
            members,
            await options.PartnersAsync(cancellationToken),
            await options.CountriesAsync(cancellationToken));
    }

    [HttpPost("{id:int}/members")]
    public async Task<IActionResult> AddMember(int id, [Bind(Prefix = "member")] AllianceMemberInput member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var alliance = await Db.Alliances.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (alliance is null)
        {
            return NotFound();
        }

        var name = string.IsNullOrWhiteSpace(member.InstitutionName) ? null : member.InstitutionName.Trim();
        if ((member.PartnerId is null) == (name is null))
        {
            ModelState.AddModelError("member.PartnerId", "Choose a partner, or enter the name of an institution that is not a partner (not both).");
        }
        else if (member.PartnerId is { } partnerId && !await Db.Partners.AnyAsync(p => p.Id == partnerId, cancellationToken))
        {
            ModelState.AddModelError("member.PartnerId", "Choose a partner from the list.");
        }
        else if (member.PartnerId is { } existing && await Db.AllianceMembers.AnyAsync(m => m.AllianceId == id && m.PartnerId == existing, cancellationToken))
        {
            ModelState.AddModelError("member.PartnerId", "This partner is already a member.");
        }

        if (member.CountryId is { } countryId && !await Db.Countries.AnyAsync(c => c.Id == countryId, cancellationToken))
        {
            ModelState.AddModelError("member.CountryId", "Choose a country or region from the list.");
        }

        if (!ModelState.IsValid)
        {
            return await ShowEditAsync(id, StatusCodes.Status400BadRequest, cancellationToken);
        }

        Db.AllianceMembers.Add(new AllianceMember
        {
            AllianceId = id,
            PartnerId = member.PartnerId,
            InstitutionName = member.PartnerId is null ? name : null,
            CountryId = member.PartnerId is null ? member.CountryId : null,
        });
        Touch(alliance);
        await _store.SaveAsync(cancellationToken);
        TempData["Notice"] = "The member was added.";
        return Redirect(Info.EditPath(id) + "#members");
    }

    [HttpPost("{id:int}/members/{memberId:int}/remove")]
    public async Task<IActionResult> RemoveMember(int id, int memberId, CancellationToken cancellationToken)
    {
        var member = await Db.AllianceMembers.Include(m => m.Alliance).FirstOrDefaultAsync(m => m.Id == memberId && m.AllianceId == id, cancellationToken);
        if (member is not null)
        {
            Db.AllianceMembers.Remove(member);
            Touch(member.Alliance!);
            await _store.SaveAsync(cancellationToken);
        }

        TempData["Notice"] = "The member was removed.";
        return Redirect(Info.EditPath(id) + "#members");
    }

    /// <summary>A member change is a change of the alliance: its stamp renews and the audit entry names it.</summary>
    private void Touch(Alliance alliance) => Db.Entry(alliance).Property(a => a.UpdatedAtUtc).IsModified = true;
}
