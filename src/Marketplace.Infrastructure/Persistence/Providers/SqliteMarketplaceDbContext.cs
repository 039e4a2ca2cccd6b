using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence.Providers;

public sealed class SqliteMarketplaceDbContext(DbContextOptions<SqliteMarketplaceDbContext> options)
    : MarketplaceDbContext(options)
{
    /// <summary>
    /// SQLite has no date type, and EF stores DateTimeOffset as text that cannot be compared in SQL.
    /// Every instant here is UTC, so UTC ticks keep both the value and its order.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }
}
