using Marketplace.Application.Caregivers;
using Marketplace.Application.Enterprises;
using Marketplace.Application.Families;
using Marketplace.Infrastructure.Identity;
using Marketplace.Infrastructure.Persistence.Configurations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence;

/// <summary>
/// The model shared by every database. Each provider derives its own context type
/// (see <c>Providers/</c>) so that each keeps its own migrations.
/// </summary>
public abstract class MarketplaceDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Caregiver> Caregivers => Set<Caregiver>();

    public DbSet<Enterprise> Enterprises => Set<Enterprise>();

    public DbSet<Family> Families => Set<Family>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MarketplaceDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ValueConversions.Apply(configurationBuilder);
}
