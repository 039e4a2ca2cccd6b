using Marketplace.Application.Caregivers;
using Marketplace.Application.Families;
using Marketplace.Application.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

internal sealed class FamilyConfiguration : IEntityTypeConfiguration<Family>
{
    public void Configure(EntityTypeBuilder<Family> builder)
    {
        builder.HasKey(f => f.Id);
        builder.HasAggregateVersion();
        builder.HasIndex(f => f.UserId).IsUnique();
        builder.HasOne<Caregiver>().WithMany().HasForeignKey(f => f.CareManagerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(f => f.Recipients).WithOne().HasForeignKey("FamilyId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Recipients).HasField("_recipients");
    }
}

internal sealed class CareRecipientConfiguration : IEntityTypeConfiguration<CareRecipient>
{
    public void Configure(EntityTypeBuilder<CareRecipient> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Name).HasMaxLength(FieldLimits.PersonNameMaxLength);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.PrimitiveCollection(r => r.Needs).HasField("_needs");
        builder.ComplexProperty(r => r.Address, address =>
        {
            address.Property(a => a.AreaCode).HasColumnName("AreaCode");
            address.Property(a => a.Line).HasMaxLength(FieldLimits.AddressLineMaxLength).HasColumnName("AddressLine");
            address.ComplexProperty(a => a.Point, point => point.AsGeoPoint(string.Empty));
        });
        builder.HasMany(r => r.PreferredCaregivers).WithOne().HasForeignKey(PreferredCaregiverConfiguration.RecipientId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.PreferredCaregivers).HasField("_preferredCaregivers").AutoInclude();
        builder.ComplexProperty(r => r.Consent, consent =>
        {
            consent.Property(c => c.AcceptedAt).HasColumnName("ConsentAcceptedAt");
            consent.Property(c => c.TextVersion).HasMaxLength(20).HasColumnName("ConsentTextVersion");
            consent.Property(c => c.WithdrawnAt).HasColumnName("ConsentWithdrawnAt");
            consent.Ignore(c => c.IsGiven);
        });
    }
}
