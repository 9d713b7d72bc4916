using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.IntegrationTests.Programmes;

/// <summary>Programmes added on top of the seed by the programme tests; every value is clearly a test value.</summary>
internal static class ProgrammeTestData
{
    public const string BothTitle = "Zeta Marine Robotics (both directions)";
    public const string GermanTitle = "Zeta Inbound German Programme";
    public const string DraftTitle = "Zeta Hidden Draft Programme";
    public const string ArchivedTitle = "Zeta Hidden Archived Programme";

    public static async Task AddAsync(AppDbContext db)
    {
        var strathclyde = await db.Partners.SingleAsync(p => p.Slug == "university-of-strathclyde");
        var magdeburg = await db.Partners.SingleAsync(p => p.Slug == "magdeburg-stendal-university-of-applied-sciences");
        db.Programmes.AddRange(
            new Programme
            {
                Title = BothTitle,
                Slug = "zeta-marine-robotics",
                Kind = ProgrammeKind.Exchange,
                Direction = ProgrammeDirection.Both,
                Partners = [new ProgrammePartner { Partner = strathclyde }],
                Discipline = "Marine Robotics",
                LanguageOfInstruction = "English",
                StudyMode = "2+2",
                Duration = "4 years",
                DegreesAwarded = "BEng (NJIT) and BEng (Hons) (Strathclyde)",
                RunningSince = 2019,
                Summary = "Underwater robots, 100% hands-on.",
                Description = "A **test** description.",
                HowToApply = "Write to the *test* office.",
                Status = PublicationStatus.Published,
            },
            new Programme
            {
                Title = GermanTitle,
                Slug = "zeta-inbound-german",
                Kind = ProgrammeKind.InternationalDegree,
                Direction = ProgrammeDirection.Inbound,
                Partners = [new ProgrammePartner { Partner = magdeburg }],
                Discipline = "Marine Robotics",
                LanguageOfInstruction = "German",
                Summary = "A test programme taught in German.",
                Status = PublicationStatus.Published,
            },
            new Programme
            {
                Title = DraftTitle,
                Slug = "zeta-hidden-draft",
                Kind = ProgrammeKind.Exchange,
                Direction = ProgrammeDirection.Both,
                Discipline = "Marine Robotics",
                LanguageOfInstruction = "German",
                Status = PublicationStatus.Draft,
            },
            new Programme
            {
                Title = ArchivedTitle,
                Slug = "zeta-hidden-archived",
                Kind = ProgrammeKind.Exchange,
                Direction = ProgrammeDirection.Both,
                Discipline = "Marine Robotics",
                Status = PublicationStatus.Archived,
            });
        await db.SaveChangesAsync();
    }
}

/// <summary>A seeded site plus <see cref="ProgrammeTestData"/>, added once before the class's tests.</summary>
public sealed class ProgrammeSite : SiteFactory, IAsyncLifetime
{
    public Task InitializeAsync() => WithDbAsync(ProgrammeTestData.AddAsync);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
