using NjitInternational.IntegrationTests.AdminContent;
using NjitInternational.IntegrationTests.Localization;
using NjitInternational.IntegrationTests.MediaImport;
using NjitInternational.IntegrationTests.Revisions;
using NjitInternational.IntegrationTests.ScaleOut;
using NjitInternational.IntegrationTests.Scheduling;
using NjitInternational.IntegrationTests.Search;
using NjitInternational.TestSupport.PostgreSql;
using NjitInternational.TestSupport.ScaleOut;

namespace NjitInternational.IntegrationTests.PostgreSql;

// The provider-sensitive test classes, run a second time over PostgreSQL: each class inherits every
// test of its SQLite original and only swaps the fixture (a database in the run's shared cluster,
// migrated by the site at start). Chosen for what differs between providers: SQL translation and
// query counts, case-insensitive and Chinese search, concurrency conflicts, transactions of the CSV
// import, revisions, job leases (conditional UPDATE, primary-key races) and UTC timestamps. The
// rest of the suite stays on SQLite only, to keep the run short.

public class PostgreSqlPartnerQueryBudgetTests(PostgreSqlQueryCountingSiteFactory site)
    : PartnerQueryBudgetTests(site), IClassFixture<PostgreSqlQueryCountingSiteFactory>;

public class PostgreSqlPublicMoreQueryBudgetTests(PostgreSqlQueryCountingSiteFactory site)
    : PublicMoreQueryBudgetTests(site), IClassFixture<PostgreSqlQueryCountingSiteFactory>;

public class PostgreSqlSearchPageTests(PostgreSqlSiteFactory site)
    : SearchPageTests(site), IClassFixture<PostgreSqlSiteFactory>;

public class PostgreSqlSearchIndexTests(PostgreSqlSiteFactory site)
    : SearchIndexTests(site), IClassFixture<PostgreSqlSiteFactory>;

public class PostgreSqlChineseSearchTests(PostgreSqlSiteFactory site)
    : ChineseSearchTests(site), IClassFixture<PostgreSqlSiteFactory>;

public class PostgreSqlPartnerDirectoryTests(PostgreSqlSiteFactory site)
    : PartnerDirectoryTests(site), IClassFixture<PostgreSqlSiteFactory>;

public class PostgreSqlPartnersAdminTests(PostgreSqlSiteFactory site)
    : PartnersAdminTests(site), IClassFixture<PostgreSqlSiteFactory>;

public class PostgreSqlPartnerEditingTests(PostgreSqlSiteFactory site)
    : PartnerEditingTests(site), IClassFixture<PostgreSqlSiteFactory>;

public class PostgreSqlCsvImportTests(PostgreSqlSiteFactory site)
    : CsvImportTests(site), IClassFixture<PostgreSqlSiteFactory>;

public class PostgreSqlRevisionHistoryTests(PostgreSqlSiteFactory site)
    : RevisionHistoryTests(site), IClassFixture<PostgreSqlSiteFactory>;

public class PostgreSqlRevisionRestoreTests(PostgreSqlSiteFactory site)
    : RevisionRestoreTests(site), IClassFixture<PostgreSqlSiteFactory>;

public class PostgreSqlJobLeaseTests(PostgreSqlEmptySiteFactory site)
    : JobLeaseTests(site), IClassFixture<PostgreSqlEmptySiteFactory>;

public class PostgreSqlScheduledPublishingTwoWorkersTests(PostgreSqlSiteFactory site)
    : ScheduledPublishingTwoWorkersTests(site), IClassFixture<PostgreSqlSiteFactory>;

public class PostgreSqlAuditStampTests(PostgreSqlEmptySiteFactory site)
    : AuditStampTests(site), IClassFixture<PostgreSqlEmptySiteFactory>;

/// <summary>The farm as deployed: two instances over one PostgreSQL database and one Redis.</summary>
public class PostgreSqlTwoInstanceTests(PostgreSqlTwoInstanceSite site)
    : TwoInstanceTests(site), IClassFixture<PostgreSqlTwoInstanceSite>;
