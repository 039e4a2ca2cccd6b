using Marketplace.Application.Affiliations;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

internal sealed class AffiliationConfiguration : IEntityTypeConfiguration<Affiliation>
{
    public void Configure(EntityTypeBuilder<Affiliation> builder)
    {
        builder.HasKey(a => a.Id);
        builder.HasAggregateVersion();
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(a => a.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Caregiver>().WithMany().HasForeignKey(a => a.CaregiverId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.EnterpriseId, a.CaregiverId });
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(a => a.IsOpen);
    }
}
