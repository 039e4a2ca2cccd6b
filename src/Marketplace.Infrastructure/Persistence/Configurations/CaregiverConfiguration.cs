using Marketplace.Application.Caregivers;
using Marketplace.Application.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

internal sealed class CaregiverConfiguration : IEntityTypeConfiguration<Caregiver>
{
    public void Configure(EntityTypeBuilder<Caregiver> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.UserId).IsUnique();
        builder.Property(c => c.FullName).HasMaxLength(FieldLimits.PersonNameMaxLength);
        builder.Property(c => c.Bio).HasMaxLength(FieldLimits.BioMaxLength);
        builder.Property(c => c.HourlyRate).HasColumnName("HourlyRateIdr");
        builder.ComplexProperty(c => c.Home, home => home.AsGeoPoint("Home"));
        builder.Property(c => c.Verification).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.RejectionReason).HasMaxLength(FieldLimits.ReasonMaxLength);
        builder.PrimitiveCollection(c => c.Skills).HasField("_skills");
        builder.PrimitiveCollection(c => c.Languages).HasField("_languages");
        builder.PrimitiveCollection(c => c.AreaCodes).HasField("_areaCodes");
    }
}
