using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.Settings;

/// <summary>The contact page: each detail in the page's language, null where staff entered none.</summary>
public sealed record ContactViewModel(LocalizedText? Address, string? Email, string? Phone, LocalizedText? Hours)
{
    public bool IsEmpty => Address is null && Email is null && Phone is null && Hours is null;

    public static ContactViewModel From(SiteSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new(
            LocalizedText.Pick(settings.OfficeAddress, settings.OfficeAddressZh),
            settings.OfficeEmail,
            settings.OfficePhone,
            LocalizedText.Pick(settings.OfficeHours, settings.OfficeHoursZh));
    }
}

/// <summary>A headline count with the office's own figure for it, when staff stated one.</summary>
public sealed record HeadlineFigure(int Listed, string? Stated, DateOnly? AsOf);
