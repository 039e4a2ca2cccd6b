using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence.Providers;

public sealed class SqlServerMarketplaceDbContext(DbContextOptions<SqlServerMarketplaceDbContext> options)
    : MarketplaceDbContext(options);
