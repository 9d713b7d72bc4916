namespace NjitInternational.Web.Data.Entities;

/// <summary>Who a programme is for.</summary>
public enum ProgrammeDirection
{
    /// <summary>NJIT students going abroad.</summary>
    Outbound,

    /// <summary>International students coming to NJIT.</summary>
    Inbound,

    Both,
}
