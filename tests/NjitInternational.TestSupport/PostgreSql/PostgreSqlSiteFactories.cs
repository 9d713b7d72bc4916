using NjitInternational.Web.Data;

namespace NjitInternational.TestSupport.PostgreSql;

// The test sites of the provider-sensitive test classes, over PostgreSQL instead of SQLite: each
// PostgreSQL test class derives from the SQLite one and takes one of these as its fixture.

/// <summary>A seeded site over its own database in the shared PostgreSQL cluster.</summary>
public class PostgreSqlSiteFactory : SiteFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

/// <summary>A site over PostgreSQL whose database is migrated but holds no seed content.</summary>
public class PostgreSqlEmptySiteFactory : EmptySiteFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

/// <summary>A seeded site over PostgreSQL that counts its queries.</summary>
public class PostgreSqlQueryCountingSiteFactory : QueryCountingSiteFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
