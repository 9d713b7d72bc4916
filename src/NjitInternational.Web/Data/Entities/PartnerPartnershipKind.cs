namespace NjitInternational.Web.Data.Entities;

/// <summary>One kind of partnership of one partner: a row per kind, so each kind is indexable and countable.</summary>
public class PartnerPartnershipKind
{
    public int PartnerId { get; set; }

    public PartnershipKind Kind { get; set; }
}
