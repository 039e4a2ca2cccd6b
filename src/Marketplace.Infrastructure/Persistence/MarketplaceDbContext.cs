using Marketplace.Application.Affiliations;
using Marketplace.Application.Bookings;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Enterprises;
using Marketplace.Application.Families;
using Marketplace.Application.Listings;
using Marketplace.Application.Payments;
using Marketplace.Infrastructure.Identity;
using Marketplace.Infrastructure.Outbox;
using Marketplace.Infrastructure.Persistence.Configurations;
using Marketplace.Infrastructure.Persistence.Entries;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence;

/// <summary>
/// The model shared by every database. Each provider derives its own context type
/// (see <c>Providers/</c>) so that each keeps its own migrations.
/// </summary>
public abstract class MarketplaceDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>The keys that seal sign-in cookies and tokens, shared by every instance on this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Caregiver> Caregivers => Set<Caregiver>();

    public DbSet<Enterprise> Enterprises => Set<Enterprise>();

    public DbSet<Family> Families => Set<Family>();

    public DbSet<Listing> Listings => Set<Listing>();

    public DbSet<Affiliation> Affiliations => Set<Affiliation>();

    public DbSet<Booking> Bookings => Set<Booking>();

    public DbSet<DaycareDay> DaycareDays => Set<DaycareDay>();

    public DbSet<RecipientAccess> RecipientAccessLog => Set<RecipientAccess>();

    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();

    public DbSet<CardEventRecord> CardEvents => Set<CardEventRecord>();

    public DbSet<Application.Sponsors.SponsorProgramme> SponsorProgrammes => Set<Application.Sponsors.SponsorProgramme>();

    public DbSet<Application.Sponsors.SponsorEligibility> SponsorEligibilities => Set<Application.Sponsors.SponsorEligibility>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<Application.Notifications.Delivery.UndeliverableAddress> UndeliverableAddresses => Set<Application.Notifications.Delivery.UndeliverableAddress>();

    public DbSet<Application.Notifications.Inbox.Notice> Notices => Set<Application.Notifications.Inbox.Notice>();

    public DbSet<Application.Reviews.Review> Reviews => Set<Application.Reviews.Review>();

    public DbSet<Application.Complaints.Complaint> Complaints => Set<Application.Complaints.Complaint>();

    public DbSet<Application.CarePlans.CarePlan> CarePlans => Set<Application.CarePlans.CarePlan>();

    public DbSet<Application.CarePlans.FamilyCareLog> FamilyCareLogs => Set<Application.CarePlans.FamilyCareLog>();

    public DbSet<Application.CarePlans.CareAlert> CareAlerts => Set<Application.CarePlans.CareAlert>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MarketplaceDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ValueConversions.Apply(configurationBuilder);
}
