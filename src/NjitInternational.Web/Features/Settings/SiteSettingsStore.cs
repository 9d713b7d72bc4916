using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure.Caching;

namespace NjitInternational.Web.Features.Settings;

/// <summary>
/// Reads and saves the one <see cref="SiteSettings"/> row. A save is audited field by field and
/// evicts the pages that show the settings (the home page and the contact page carry the pages tag).
/// </summary>
public sealed class SiteSettingsStore(AppDbContext db, ContentChanges changes, TimeProvider clock)
{
    /// <summary>The settings, or an empty set when staff have never saved any (nothing is shown then).</summary>
    public async Task<SiteSettings> GetAsync(CancellationToken cancellationToken) =>
        await db.SiteSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == SiteSettings.SingletonId, cancellationToken)
            ?? new SiteSettings();

    public static SiteSettingsInput ToInput(SiteSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new()
        {
            OfficeAddress = settings.OfficeAddress,
            OfficeAddressZh = settings.OfficeAddressZh,
            OfficeEmail = settings.OfficeEmail,
            OfficePhone = settings.OfficePhone,
            OfficeHours = settings.OfficeHours,
            OfficeHoursZh = settings.OfficeHoursZh,
            PartnersFigure = settings.PartnersFigure,
            PartnersFigureAsOf = settings.PartnersFigureAsOf,
            CountriesFigure = settings.CountriesFigure,
            CountriesFigureAsOf = settings.CountriesFigureAsOf,
            ProfessorsFigure = settings.ProfessorsFigure,
            ProfessorsFigureAsOf = settings.ProfessorsFigureAsOf,
        };
    }

    public async Task SaveAsync(SiteSettingsInput input, string? userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var settings = await db.SiteSettings.FirstOrDefaultAsync(s => s.Id == SiteSettings.SingletonId, cancellationToken);
        if (settings is null)
        {
            settings = new SiteSettings();
            db.SiteSettings.Add(settings);
        }

        var before = ToInput(settings);
        settings.OfficeAddress = Blank(input.OfficeAddress);
        settings.OfficeAddressZh = Blank(input.OfficeAddressZh);
        settings.OfficeEmail = Blank(input.OfficeEmail);
        settings.OfficePhone = Blank(input.OfficePhone);
        settings.OfficeHours = Blank(input.OfficeHours);
        settings.OfficeHoursZh = Blank(input.OfficeHoursZh);
        settings.PartnersFigure = Blank(input.PartnersFigure);
        settings.PartnersFigureAsOf = input.PartnersFigureAsOf;
        settings.CountriesFigure = Blank(input.CountriesFigure);
        settings.CountriesFigureAsOf = input.CountriesFigureAsOf;
        settings.ProfessorsFigure = Blank(input.ProfessorsFigure);
        settings.ProfessorsFigureAsOf = input.ProfessorsFigureAsOf;
        var now = clock.GetUtcNow().UtcDateTime;
        settings.UpdatedAtUtc = now;
        settings.UpdatedBy = userName;

        var after = ToInput(settings);
        var changed = typeof(SiteSettingsInput).GetProperties()
            .Where(p => !Equals(p.GetValue(before), p.GetValue(after)))
            .ToDictionary(p => p.Name, p => new { old = p.GetValue(before)?.ToString(), @new = p.GetValue(after)?.ToString() });
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = now,
            UserName = userName,
            Action = "Update",
            EntityType = nameof(SiteSettings),
            EntityId = SiteSettings.SingletonId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Summary = changed.Count == 0 ? "Saved the site settings unchanged" : "Changed the site settings: " + string.Join(", ", changed.Keys),
            ChangesJson = changed.Count == 0 ? null : System.Text.Json.JsonSerializer.Serialize(changed),
        });
        await db.SaveChangesAsync(cancellationToken);
        await changes.ChangedAsync(CacheTags.Pages);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
