using Marketplace.Application.Notifications.Delivery;
using Marketplace.Application.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

/// <summary>One row per address (lower case): two webhooks reporting a new address at once cannot both add it.</summary>
internal sealed class UndeliverableAddressConfiguration : IEntityTypeConfiguration<UndeliverableAddress>
{
    public void Configure(EntityTypeBuilder<UndeliverableAddress> builder)
    {
        builder.ToTable("UndeliverableAddresses");
        builder.HasKey(a => a.Address).HasName(DatabaseGuards.UndeliverableAddressOnce);
        builder.Property(a => a.Address).HasMaxLength(FieldLimits.EmailMaxLength).ValueGeneratedNever();
        builder.Property(a => a.Reason).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Detail).HasMaxLength(UndeliverableAddress.MaxDetailLength);
        builder.HasIndex(a => a.ReportedAt);
    }
}
