using Marketplace.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence.Providers;

public sealed class SqlServerMarketplaceDbContext(DbContextOptions<SqlServerMarketplaceDbContext> options)
    : MarketplaceDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        AreaCodeOrder.Use(builder, AreaCodeOrder.SqlServerBinary);
    }
}
