using Microsoft.AspNetCore.Mvc.ModelBinding;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Scheduling;

namespace NjitInternational.UnitTests.Scheduling;

public class ScheduleRulesTests
{
    private static readonly DateTime Noon = new(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    [Fact]
    public void ApplyDue_PublishesADraft_AtItsPublishTimeAndNotATickBefore()
    {
        var page = new Page { Status = PublicationStatus.Draft, PublishAtUtc = Noon };

        Assert.False(ScheduleRules.ApplyDue(page, Noon - Tick));
        Assert.Equal(PublicationStatus.Draft, page.Status);

        Assert.True(ScheduleRules.ApplyDue(page, Noon));
        Assert.Equal(PublicationStatus.Published, page.Status);
        Assert.Null(page.PublishAtUtc);
    }

    [Fact]
    public void ApplyDue_ArchivesAPublishedRecord_AtItsUnpublishTime()
    {
        var page = new Page { Status = PublicationStatus.Published, UnpublishAtUtc = Noon };

        Assert.False(ScheduleRules.ApplyDue(page, Noon - Tick));
        Assert.True(ScheduleRules.ApplyDue(page, Noon));

        Assert.Equal(PublicationStatus.Archived, page.Status);
        Assert.Null(page.UnpublishAtUtc);
    }

    [Fact]
    public void ApplyDue_AfterDowntimeSpanningTheWholeWindow_EndsArchived()
    {
        var page = new Page { Status = PublicationStatus.Draft, PublishAtUtc = Noon, UnpublishAtUtc = Noon.AddDays(1) };

        Assert.True(ScheduleRules.ApplyDue(page, Noon.AddDays(30)));

        Assert.Equal(PublicationStatus.Archived, page.Status);
        Assert.Null(page.PublishAtUtc);
        Assert.Null(page.UnpublishAtUtc);
    }

    [Fact]
    public void ApplyDue_IsANoOp_TheSecondTime()
    {
        var page = new Page { Status = PublicationStatus.Draft, PublishAtUtc = Noon };
        ScheduleRules.ApplyDue(page, Noon.AddHours(1));

        Assert.False(ScheduleRules.ApplyDue(page, Noon.AddHours(2)));
        Assert.Equal(PublicationStatus.Published, page.Status);
    }

    [Fact]
    public void ApplyDue_NeverRepublishesAnArchivedRecord()
    {
        var page = new Page { Status = PublicationStatus.Archived, PublishAtUtc = Noon };

        Assert.True(ScheduleRules.ApplyDue(page, Noon));

        Assert.Equal(PublicationStatus.Archived, page.Status);
        Assert.Null(page.PublishAtUtc);
    }

    [Fact]
    public void ManualUnpublish_DropsTheSchedule_SoTheRecordDoesNotReappear()
    {
        var page = new Page { Status = PublicationStatus.Published, PublishAtUtc = Noon.AddDays(-1), UnpublishAtUtc = Noon.AddDays(1) };

        ScheduleRules.OnManualStatusChange(page, PublicationStatus.Draft, Noon);

        Assert.Null(page.PublishAtUtc);
        Assert.Null(page.UnpublishAtUtc);
        Assert.False(PublishedQueries.IsVisible(PublicationStatus.Draft, page.PublishAtUtc, page.UnpublishAtUtc, Noon));
    }

    [Fact]
    public void ManualPublish_KeepsAFutureUnpublishTime()
    {
        var page = new Page { Status = PublicationStatus.Draft, PublishAtUtc = Noon.AddDays(3), UnpublishAtUtc = Noon.AddDays(5) };

        ScheduleRules.OnManualStatusChange(page, PublicationStatus.Published, Noon);

        Assert.Null(page.PublishAtUtc);
        Assert.Equal(Noon.AddDays(5), page.UnpublishAtUtc);
    }

    [Fact]
    public void ChinaStandardTime_IsUtcPlusEight_BothWays()
    {
        var china = new DateTime(2026, 12, 1, 9, 0, 0);

        var utc = ScheduleRules.ChinaToUtc(china);

        Assert.Equal(new DateTime(2026, 12, 1, 1, 0, 0, DateTimeKind.Utc), utc);
        Assert.Equal(china, ScheduleRules.UtcToChina(utc));
        Assert.Equal("2026-12-01 09:00 CST", ScheduleRules.FormatChina(utc!.Value));
    }

    [Fact]
    public void FormValidation_RefusesAnUnpublishTimeNotAfterThePublishTime()
    {
        var input = new PageEditInput { PublishAt = new DateTime(2026, 12, 1, 9, 0, 0), UnpublishAt = new DateTime(2026, 12, 1, 9, 0, 0) };
        var state = new ModelStateDictionary();

        input.Validate(null, Noon.AddDays(-10), state);

        Assert.Equal("Unpublish at must be later than publish at.", Assert.Single(state[nameof(input.UnpublishAt)]!.Errors).ErrorMessage);
    }

    [Fact]
    public void FormValidation_RefusesAPastUnpublishTime_UnlessItIsTheStoredOne()
    {
        var past = new DateTime(2026, 11, 30, 8, 0, 0);
        var input = new PageEditInput { UnpublishAt = past };
        var stored = new Page { UnpublishAtUtc = ScheduleRules.ChinaToUtc(past) };

        var fresh = new ModelStateDictionary();
        input.Validate(null, Noon, fresh);
        var resaved = new ModelStateDictionary();
        input.Validate(stored, Noon, resaved);

        Assert.False(fresh.IsValid);
        Assert.True(resaved.IsValid);
    }
}
