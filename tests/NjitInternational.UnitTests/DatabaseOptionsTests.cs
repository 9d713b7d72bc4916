using NjitInternational.Web.Data;

namespace NjitInternational.UnitTests;

public class DatabaseOptionsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, null, true)]
    [InlineData(DatabaseProvider.SqlServer, null, false)]
    [InlineData(DatabaseProvider.PostgreSql, null, false)]
    [InlineData(DatabaseProvider.SqlServer, true, true)]
    [InlineData(DatabaseProvider.Sqlite, false, false)]
    public void MigrateOnStartup_DefaultsToOnForSqliteOnly(DatabaseProvider provider, bool? configured, bool expected)
    {
        var options = new DatabaseOptions { Provider = provider, MigrateOnStartup = configured };

        Assert.Equal(expected, options.ShouldMigrateOnStartup);
    }
}

public class DatabaseSeedOptionsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, null, true)]
    [InlineData(DatabaseProvider.SqlServer, null, false)]
    [InlineData(DatabaseProvider.PostgreSql, null, false)]
    [InlineData(DatabaseProvider.SqlServer, true, true)]
    [InlineData(DatabaseProvider.Sqlite, false, false)]
    public void SeedOnStartup_DefaultsToOnForSqliteOnly_SoSqlServerInstancesNeverRaceToSeed(DatabaseProvider provider, bool? configured, bool expected)
    {
        var options = new DatabaseOptions { Provider = provider, SeedOnStartup = configured };

        Assert.Equal(expected, options.ShouldSeedOnStartup);
    }
}
