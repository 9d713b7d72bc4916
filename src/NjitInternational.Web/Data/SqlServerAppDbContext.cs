using Microsoft.EntityFrameworkCore;

namespace NjitInternational.Web.Data;

/// <summary>The production database. Migrations live in Data/Migrations/SqlServer.</summary>
public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options);
