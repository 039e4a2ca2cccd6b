using Marketplace.Application.Enterprises;
using Marketplace.Application.Listings;
using Marketplace.Application.SharedKernel;
using Marketplace.Infrastructure.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

internal sealed class ListingConfiguration : IEntityTypeConfiguration<Listing>
{
    public void Configure(EntityTypeBuilder<Listing> builder)
    {
        builder.HasKey(l => l.Id);
        builder.HasAggregateVersion();
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(l => l.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.EnterpriseId, l.Status });
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Title).HasMaxLength(FieldLimits.TitleMaxLength);
        builder.Property(l => l.Description).HasMaxLength(FieldLimits.DescriptionMaxLength);
        builder.Property(l => l.TimeZone).HasMaxLength(40);
        builder.ComplexProperty(l => l.Suspension, SuspensionColumns.Map);

        builder.HasOne(l => l.Daycare).WithOne().HasForeignKey<DaycareDetails>("ListingId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(l => l.Daycare).AutoInclude();

        builder.OwnsOne(l => l.MobileClinic, clinic =>
        {
            clinic.ToTable("MobileClinicListings");
            clinic.WithOwner().HasForeignKey("ListingId");
            clinic.PrimitiveCollection(m => m.Services).HasField("_services");
            clinic.Property(m => m.PricePerVisit).HasColumnName("PricePerVisitIdr");
        });

        builder.HasMany(l => l.Stops).WithOne().HasForeignKey("ListingId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(l => l.Stops).HasField("_stops").AutoInclude();
    }
}

internal sealed class DaycareDetailsConfiguration : IEntityTypeConfiguration<DaycareDetails>
{
    public void Configure(EntityTypeBuilder<DaycareDetails> builder)
    {
        builder.ToTable("DaycareListings");
        builder.Property<Guid>("ListingId");
        builder.HasKey("ListingId");
        builder.Property(d => d.AddressLine).HasMaxLength(FieldLimits.AddressLineMaxLength);
        builder.ComplexProperty(d => d.Point, point => point.AsGeoPoint(string.Empty));
        builder.PrimitiveCollection(d => d.OpeningDays).HasField("_openingDays");
        builder.PrimitiveCollection(d => d.SupportedNeeds).HasField("_supportedNeeds");
        builder.PrimitiveCollection(d => d.AccessibilityFeatures).HasField("_accessibilityFeatures");
        builder.Property(d => d.PricePerDay).HasColumnName("PricePerDayIdr");
    }
}

internal sealed class ClinicStopConfiguration : IEntityTypeConfiguration<ClinicStop>
{
    public void Configure(EntityTypeBuilder<ClinicStop> builder)
    {
        builder.ToTable("ClinicStops");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.PlaceName).HasMaxLength(FieldLimits.PlaceNameMaxLength);
        builder.ComplexProperty(s => s.Point, point => point.AsGeoPoint(string.Empty));
        builder.HasMany(s => s.Slots).WithOne().HasForeignKey("StopId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Slots).HasField("_slots").AutoInclude();
    }
}

internal sealed class ClinicSlotConfiguration : IEntityTypeConfiguration<ClinicSlot>
{
    public void Configure(EntityTypeBuilder<ClinicSlot> builder)
    {
        builder.ToTable("ClinicSlots", table => table.HasCheckConstraint(DatabaseGuards.ClinicSlotFull, "\"Taken\" <= \"Capacity\""));
        builder.HasKey(s => s.Id);

        // Appointments taken, counted by the database (PlaceCounter) rather than by the Listing aggregate,
        // so that concurrent bookings queue on the row and the check constraint refuses an overfull slot.
        builder.Property<int>(PlaceCounter.Taken);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => s.StartsAt);
    }
}
