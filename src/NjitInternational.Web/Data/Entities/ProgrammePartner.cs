namespace NjitInternational.Web.Data.Entities;

public class ProgrammePartner
{
    public int ProgrammeId { get; set; }

    public Programme? Programme { get; set; }

    public int PartnerId { get; set; }

    public Partner? Partner { get; set; }
}
