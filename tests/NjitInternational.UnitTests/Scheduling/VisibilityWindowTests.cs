using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;

namespace NjitInternational.UnitTests.Scheduling;

/// <summary>The one visibility rule at its boundaries; the SQL form and the in-memory form agree.</summary>
public class VisibilityWindowTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    public static TheoryData<PublicationStatus, DateTime?, DateTime?, bool> Cases => new()
    {
        { PublicationStatus.Published, null, null, true },
        { PublicationStatus.Draft, null, null, false },
        { PublicationStatus.Archived, null, null, false },
        { PublicationStatus.Published, Now, null, true },
        { PublicationStatus.Published, Now + Tick, null, false },
        { PublicationStatus.Draft, Now, null, true },            // due: shown before the scheduler flips it
        { PublicationStatus.Draft, Now + Tick, null, false },
        { PublicationStatus.Archived, Now - Tick, null, false },
        { PublicationStatus.Published, null, Now, false },       // unpublish time itself is hidden
        { PublicationStatus.Published, null, Now + Tick, true },
        { PublicationStatus.Draft, Now - TimeSpan.FromDays(1), Now, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Record_IsVisible_OnlyInsideItsWindow(PublicationStatus status, DateTime? publishAt, DateTime? unpublishAt, bool expected)
    {
        var page = new Page { Status = status, PublishAtUtc = publishAt, UnpublishAtUtc = unpublishAt };

        Assert.Equal(expected, PublishedQueries.IsVisible(status, publishAt, unpublishAt, Now));
        Assert.Equal(expected, PublishedQueries.IsPublished<Page>(Now).Compile()(page));
        Assert.Equal(expected, new[] { page }.AsQueryable().Published(Now).Any());
    }

    [Fact]
    public void Partner_IsHidden_WhileItsCountryIsScheduledLater()
    {
        var country = new Country { Status = PublicationStatus.Published, PublishAtUtc = Now.AddHours(1) };
        var partner = new Partner { Status = PublicationStatus.Published, Country = country };

        var visible = PublishedQueries.IsVisiblePartner(Now).Compile();

        Assert.False(visible(partner));
        Assert.True(PublishedQueries.IsVisiblePartner(Now.AddHours(1)).Compile()(partner));
    }
}
