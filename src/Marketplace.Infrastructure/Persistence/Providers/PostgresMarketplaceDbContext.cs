using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence.Providers;

public sealed class PostgresMarketplaceDbContext(DbContextOptions<PostgresMarketplaceDbContext> options)
    : MarketplaceDbContext(options);
