using Marketplace.Application.Caregivers;
using Marketplace.Application.Families;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

/// <summary>
/// A person's preferred caregivers, part of the family aggregate: one row per person and caregiver (the key refuses a
/// second), removed with the person. A caregiver is never deleted, so her rows only restrict it.
/// </summary>
internal sealed class PreferredCaregiverConfiguration : IEntityTypeConfiguration<PreferredCaregiver>
{
    public const string RecipientId = "RecipientId";

    public void Configure(EntityTypeBuilder<PreferredCaregiver> builder)
    {
        builder.Property<Guid>(RecipientId);
        builder.HasKey(RecipientId, nameof(PreferredCaregiver.CaregiverId));
        builder.HasOne<Caregiver>().WithMany().HasForeignKey(p => p.CaregiverId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.CaregiverId);
    }
}
