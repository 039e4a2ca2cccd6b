using Marketplace.Application.Enterprises;
using Marketplace.Application.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> builder)
    {
        builder.HasKey(e => e.Id);
        builder.HasAggregateVersion();
        builder.HasIndex(e => e.OwnerUserId).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(FieldLimits.OrganisationNameMaxLength);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.RegistrationNumber).HasMaxLength(FieldLimits.RegistrationNumberMaxLength);
        builder.Property(e => e.Verification).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.RejectionReason).HasMaxLength(FieldLimits.ReasonMaxLength);
        builder.Property(e => e.Description).HasMaxLength(FieldLimits.DescriptionMaxLength);
        builder.Ignore(e => e.IsVerified);
    }
}
