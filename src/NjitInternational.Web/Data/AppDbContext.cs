using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Data;

/// <summary>
/// The site's one database. Each provider has a subclass (<see cref="SqliteAppDbContext"/>,
/// <see cref="PostgreSqlAppDbContext"/>,
/// <see cref="SqlServerAppDbContext"/>) only so each keeps its own migrations; application code
/// depends on this type. It also holds the Data Protection key ring
/// (<see cref="IDataProtectionKeyContext"/>), so every instance of the site shares one.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Country> Countries => Set<Country>();

    public DbSet<Partner> Partners => Set<Partner>();

    public DbSet<PartnerPartnershipKind> PartnerPartnershipKinds => Set<PartnerPartnershipKind>();

    public DbSet<Alliance> Alliances => Set<Alliance>();

    public DbSet<AllianceMember> AllianceMembers => Set<AllianceMember>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<ProgrammePartner> ProgrammePartners => Set<ProgrammePartner>();

    public DbSet<VisitingProfessor> VisitingProfessors => Set<VisitingProfessor>();

    public DbSet<Conference> Conferences => Set<Conference>();

    public DbSet<Page> Pages => Set<Page>();

    public DbSet<NewsItem> NewsItems => Set<NewsItem>();

    public DbSet<Enquiry> Enquiries => Set<Enquiry>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<SeedRecord> SeedRecords => Set<SeedRecord>();

    /// <summary>The Data Protection key ring (cookies, antiforgery tokens); see Infrastructure/ScaleOut.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<MediaItem> MediaItems => Set<MediaItem>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<EnquiryReply> EnquiryReplies => Set<EnquiryReply>();

    public DbSet<SiteSettings> SiteSettings => Set<SiteSettings>();

    /// <summary>Site search's copy of every searchable record (Features/Search).</summary>
    public DbSet<SearchDocument> SearchDocuments => Set<SearchDocument>();

    /// <summary>
    /// Identity reads its schema version (3: the AspNetUserPasskeys table) from the application's
    /// IdentityOptions. A context built without the application (design-time tools, tests that
    /// build one by hand) gets these stand-in services, so the model never depends on who builds it.
    /// </summary>
    private static readonly IServiceProvider StandaloneIdentityServices = new ServiceCollection()
        .Configure<IdentityOptions>(options => options.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
        .BuildServiceProvider();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        if (optionsBuilder.Options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.ApplicationServiceProvider is null)
        {
            optionsBuilder.UseApplicationServiceProvider(StandaloneIdentityServices);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Enums as readable strings: the database stays understandable without the code.
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
    }
}
