using Microsoft.EntityFrameworkCore;

namespace NjitInternational.TestIdentityProvider;

/// <summary>OpenIddict's applications, authorizations and tokens, in a SQLite file of the provider's own.</summary>
public sealed class ProviderDbContext(DbContextOptions<ProviderDbContext> options) : DbContext(options);
