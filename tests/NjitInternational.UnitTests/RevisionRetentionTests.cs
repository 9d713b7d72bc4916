using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Revisions;

namespace NjitInternational.UnitTests;

/// <summary>The retention rule alone (no database): 30 days of everything, then one a day for a year, never published nor newest.</summary>
public class RevisionRetentionTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc);

    private static IReadOnlyList<long> Prunable(params RevisionStamp[] revisions)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(Now));
        var retention = new RevisionRetention(null!, clock, Options.Create(new RevisionOptions()));
        return retention.SelectPrunable(revisions);
    }

    /// <summary>Revision <paramref name="id"/> (also its number) of one page, saved <paramref name="daysAgo"/> days before now.</summary>
    private static RevisionStamp Draft(long id, double daysAgo, string type = "Page", int entityId = 1) =>
        new(id, type, entityId, (int)id, Now.AddDays(-daysAgo), PublicationStatus.Draft);

    [Theory]
    [InlineData(29, false)]
    [InlineData(30, false)]
    [InlineData(30.01, true)]
    [InlineData(31, true)]
    public void RevisionsUpTo30DaysOld_AreAllKept_OlderOnesOnlyOnePerDay(double daysAgo, bool pruned)
    {
        // Two revisions on the same day: the earlier one goes once past 30 days, the later one (latest of its day) stays.
        var earlier = Draft(1, daysAgo);
        var later = Draft(2, daysAgo) with { AtUtc = Now.AddDays(-daysAgo).AddMinutes(1) };
        var newest = Draft(3, 0);

        var result = Prunable(earlier, later, newest);

        Assert.Equal(pruned ? [1L] : [], result);
    }

    [Fact]
    public void PastThirtyDays_TheLatestRevisionOfEachDayIsKept()
    {
        var day = Now.Date.AddDays(-100);
        var revisions = new[]
        {
            new RevisionStamp(1, "Page", 1, 1, day.AddHours(8), PublicationStatus.Draft),
            new RevisionStamp(2, "Page", 1, 2, day.AddHours(12), PublicationStatus.Draft),
            new RevisionStamp(3, "Page", 1, 3, day.AddHours(23).AddMinutes(59), PublicationStatus.Draft),
            new RevisionStamp(4, "Page", 1, 4, day.AddDays(1).AddHours(1), PublicationStatus.Draft),
            new RevisionStamp(5, "Page", 1, 5, Now, PublicationStatus.Draft),
        };

        Assert.Equal([1L, 2L], Prunable(revisions).Order());
    }

    [Fact]
    public void PastAYear_NothingIsKept_ButPublishedRevisionsAndTheNewest()
    {
        var revisions = new[]
        {
            Draft(1, 400),
            Draft(2, 380) with { Status = PublicationStatus.Published },
            Draft(3, 370),
            Draft(4, 366),
            Draft(5, 364),
        };

        // 2 was published, 5 is the newest; the rest are past a year.
        Assert.Equal([1L, 3L, 4L], Prunable(revisions).Order());
    }

    [Fact]
    public void TheNewestRevision_IsKept_HoweverOld_PerRecord()
    {
        var revisions = new[]
        {
            Draft(1, 800, "Partner", 7),
            Draft(2, 700, "Partner", 7),
            Draft(3, 900, "Conference", 7),
        };

        // Record Partner 7: revision 2 is its newest; Conference 7 has only its newest.
        Assert.Equal([1L], Prunable(revisions));
    }

    [Fact]
    public void TheBoundaries_FollowTheOptions()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(Now));
        var retention = new RevisionRetention(null!, clock, Options.Create(new RevisionOptions { KeepAllDays = 7, KeepDailyDays = 10 }));
        var revisions = new[] { Draft(1, 6), Draft(2, 8), Draft(3, 8) with { AtUtc = Now.AddDays(-8).AddHours(-1) }, Draft(4, 11), Draft(5, 0) };

        Assert.Equal([3L, 4L], retention.SelectPrunable(revisions).Order());

        // Three days on, revision 1 is 9 days old (the only one of its day: kept), revision 2 is 11 (gone).
        clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal([2L, 3L, 4L], retention.SelectPrunable(revisions).Order());
    }
}
