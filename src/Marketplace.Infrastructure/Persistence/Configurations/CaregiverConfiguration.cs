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
        builder.HasAggregateVersion();
        builder.HasIndex(c => c.UserId).IsUnique();
        builder.Property(c => c.FullName).HasMaxLength(FieldLimits.PersonNameMaxLength);
        builder.Property(c => c.Bio).HasMaxLength(FieldLimits.BioMaxLength);
        builder.Property(c => c.HourlyRate).HasColumnName("HourlyRateIdr");
        builder.ComplexProperty(c => c.Home, home => home.AsGeoPoint("Home"));
        builder.ComplexProperty(c => c.PublicPoint, point => point.AsGeoPoint("Public"));
        builder.Property(c => c.Verification).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.RejectionReason).HasMaxLength(FieldLimits.ReasonMaxLength);
        builder.PrimitiveCollection(c => c.Skills).HasField("_skills");
        builder.PrimitiveCollection(c => c.Languages).HasField("_languages");
        builder.PrimitiveCollection(c => c.AreaCodes).HasField("_areaCodes");
        builder.Property(c => c.TimeZone).HasMaxLength(40);
        builder.ComplexProperty(c => c.Photo, photo =>
        {
            photo.Property(p => p.StorageKey).HasMaxLength(100).HasColumnName("PhotoKey");
            photo.Property(p => p.ContentType).HasMaxLength(40).HasColumnName("PhotoContentType");
            photo.Property(p => p.SizeBytes).HasColumnName("PhotoSizeBytes");
            photo.Property(p => p.UploadedAt).HasColumnName("PhotoUploadedAt");
        });
        builder.ComplexProperty(c => c.Suspension, SuspensionColumns.Map);
        builder.HasIndex(c => c.EnterpriseId);
        builder.Ignore(c => c.ReleasedFiles);

        builder.HasMany(c => c.Certificates).WithOne().HasForeignKey("CaregiverId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Certificates).HasField("_certificates").AutoInclude();

        // The week and the time off are values read whole with their caregiver (to book, to index, to show), so each is
        // one JSON column of the caregiver's row, read with it instead of by a query of its own.
        builder.OwnsMany(c => c.WeeklyAvailability, slot =>
        {
            slot.ToJson();
            slot.Property(s => s.Day).HasConversion<string>().HasMaxLength(10);
        });
        builder.Navigation(c => c.WeeklyAvailability).HasField("_weeklyAvailability");

        builder.OwnsMany(c => c.TimeOff, period => period.ToJson());
        builder.Navigation(c => c.TimeOff).HasField("_timeOff");
    }
}

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.ToTable("CaregiverCertificates");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Title).HasMaxLength(FieldLimits.TitleMaxLength);
        builder.Property(c => c.Number).HasMaxLength(FieldLimits.CertificateNumberMaxLength);
        builder.Property(c => c.Issuer).HasMaxLength(FieldLimits.OrganisationNameMaxLength);
        builder.ComplexProperty(c => c.Document, document =>
        {
            document.Property(d => d.StorageKey).HasMaxLength(100).HasColumnName("DocumentKey");
            document.Property(d => d.ContentType).HasMaxLength(40).HasColumnName("DocumentContentType");
            document.Property(d => d.SizeBytes).HasColumnName("DocumentSizeBytes");
            document.Property(d => d.UploadedAt).HasColumnName("DocumentUploadedAt");
        });
    }
}
