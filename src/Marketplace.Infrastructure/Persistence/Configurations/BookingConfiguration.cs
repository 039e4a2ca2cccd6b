using Marketplace.Application.Bookings;
using Marketplace.Application.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> builder)
    {
        builder.HasKey(b => b.Id);
        builder.HasAggregateVersion();
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.TimeZone).HasMaxLength(40);
        builder.Property(b => b.HourlyRate).HasColumnName("HourlyRateIdr");
        builder.Property(b => b.VisitPrice).HasColumnName("VisitPriceIdr");
        builder.Property(b => b.Price).HasColumnName("PriceIdr");
        builder.Ignore(b => b.Events);
        builder.OwnsOne(b => b.Parties, parties =>
        {
            parties.HasIndex(p => p.FamilyUserId);
            parties.HasIndex(p => p.ProviderUserId);
            parties.Property(p => p.FamilyId).HasColumnName("FamilyId");
            parties.Property(p => p.FamilyUserId).HasColumnName("FamilyUserId");
            parties.Property(p => p.RecipientId).HasColumnName("RecipientId");
            parties.Property(p => p.RecipientName).HasColumnName("RecipientName").HasMaxLength(FieldLimits.PersonNameMaxLength);
            parties.Property(p => p.ProviderUserId).HasColumnName("ProviderUserId");
            parties.Property(p => p.ProviderName).HasColumnName("ProviderName").HasMaxLength(FieldLimits.TitleMaxLength);
            parties.Property(p => p.CaregiverId).HasColumnName("CaregiverId");
            parties.Property(p => p.ListingId).HasColumnName("ListingId");
            parties.Property(p => p.RecipientKind).HasConversion<string>().HasMaxLength(20).HasColumnName("RecipientKind");
            parties.Property(p => p.RecipientAreaCode).HasMaxLength(FieldLimits.AreaCodeMaxLength).HasColumnName("RecipientAreaCode");
            parties.HasIndex(p => p.RecipientAreaCode);
        });
        builder.Navigation(b => b.Parties).IsRequired();
        builder.OwnsOne(b => b.Cancellation, cancellation =>
        {
            cancellation.Property(c => c.By).HasConversion<string>().HasMaxLength(20).HasColumnName("CancelledBy");
            cancellation.Property(c => c.At).HasColumnName("CancelledAt");
            cancellation.Property(c => c.Charge).HasColumnName("CancellationChargeIdr");
        });
        builder.OwnsOne(b => b.Payment, payment =>
        {
            payment.Property(p => p.Id).HasColumnName("PaymentId");
            payment.Property(p => p.Provider).HasConversion<string>().HasMaxLength(20).HasColumnName("PaymentProvider");
            payment.Property(p => p.Status).HasConversion<string>().HasMaxLength(20).HasColumnName("PaymentStatus");
            payment.Property(p => p.Amount).HasColumnName("PaymentAmountIdr");
            payment.Property(p => p.FamilyShare).HasColumnName("PaymentFamilyShareIdr");
            payment.Property(p => p.SponsorShare).HasColumnName("PaymentSponsorShareIdr");
            payment.Property(p => p.Received).HasColumnName("PaymentReceivedIdr");
            payment.Property(p => p.CreatedAt).HasColumnName("PaymentCreatedAt");
            payment.Property(p => p.LastReceivedAt).HasColumnName("PaymentLastReceivedAt");
            payment.Property(p => p.Refunded).HasColumnName("PaymentRefundedIdr");
            payment.Property(p => p.ProcessorPaymentId).HasMaxLength(255).HasColumnName("PaymentProcessorId");
            payment.Property(p => p.CheckoutUrl).HasMaxLength(2000).HasColumnName("PaymentCheckoutUrl");
            payment.Property(p => p.DisputedAt).HasColumnName("PaymentDisputedAt");
            payment.Property(p => p.SavedCustomerId).HasMaxLength(255).HasColumnName("PaymentSavedCustomerId");
            payment.Property(p => p.SavedPaymentMethodId).HasMaxLength(255).HasColumnName("PaymentSavedMethodId");
            payment.Property(p => p.AuthorisationAskedAt).HasColumnName("PaymentAuthorisationAskedAt");
            payment.Property(p => p.PayeeAccountId).HasMaxLength(255).HasColumnName("PaymentPayeeAccountId");

            // A webhook names the processor's payment: it finds the booking, and one processor payment is one booking's.
            payment.HasIndex(p => p.ProcessorPaymentId).IsUnique();
        });
        builder.OwnsOne(b => b.Sponsorship, sponsorship =>
        {
            sponsorship.Property(s => s.ProgrammeId).HasColumnName("SponsorProgrammeId");
            sponsorship.Property(s => s.ProgrammeName).HasMaxLength(FieldLimits.TitleMaxLength).HasColumnName("SponsorProgrammeName");
            sponsorship.Property(s => s.AreaCode).HasMaxLength(FieldLimits.AreaCodeMaxLength).HasColumnName("SponsorAreaCode");
            sponsorship.Property(s => s.SharePercent).HasColumnName("SponsorSharePercent");
            sponsorship.Property(s => s.CapPerBooking).HasColumnName("SponsorCapPerBookingIdr");
            sponsorship.Property(s => s.Reserved).HasColumnName("SponsorReservedIdr");
            sponsorship.Property(s => s.ReservedAt).HasColumnName("SponsorReservedAt");
            sponsorship.Property(s => s.CareCharged).HasColumnName("SponsorCareChargedIdr");
            sponsorship.Property(s => s.SponsorCharged).HasColumnName("SponsorChargedIdr");
            sponsorship.Property(s => s.FamilyCommission).HasColumnName("SponsorFamilyCommissionIdr");
            sponsorship.Property(s => s.ReleasedAt).HasColumnName("SponsorReleasedAt");
            sponsorship.Ignore(s => s.Unspent);
            sponsorship.HasIndex(s => s.ProgrammeId);
        });
        builder.Ignore(b => b.SponsorBudgetChanges);
        builder.Ignore(b => b.LedgerEntries);
        builder.Ignore(b => b.CardSettlements);
        builder.Ignore(b => b.CardAuthorisations);
        builder.Ignore(b => b.EndsAt);
        builder.HasIndex(b => new { b.Status, b.RespondBy });
        builder.HasMany(b => b.Visits).WithOne().HasForeignKey("BookingId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Visits).HasField("_visits").AutoInclude();
    }
}

/// <summary>
/// Visits carry the caregiver and a HoldsTime flag so the database can refuse overlapping visits of one
/// caregiver on this table alone: see the BookingVisitGuard migrations of each provider.
/// </summary>
internal sealed class BookingVisitConfiguration : IEntityTypeConfiguration<BookingVisit>
{
    public void Configure(EntityTypeBuilder<BookingVisit> builder)
    {
        builder.ToTable("BookingVisits");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(v => v.Duration);
        builder.OwnsOne(v => v.Cancellation, cancellation =>
        {
            cancellation.Property(c => c.By).HasConversion<string>().HasMaxLength(20).HasColumnName("CancelledBy");
            cancellation.Property(c => c.At).HasColumnName("CancelledAt");
            cancellation.Property(c => c.Charge).HasColumnName("CancellationChargeIdr");
        });
        builder.HasIndex(v => new { v.CaregiverId, v.StartsAt });
        builder.Property(v => v.RecipientAreaCode).HasMaxLength(FieldLimits.AreaCodeMaxLength);
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.RecipientKind).HasConversion<string>().HasMaxLength(20);

        // The regional report counts the care of an area and period from this index alone, never reading the table (see
        // DeliveredCare): after the area and start, every column its figures read.
        builder.HasIndex(v => new
        {
            v.RecipientAreaCode, v.StartsAt, v.Kind, v.Status, v.BookingWasConfirmed, v.EndsAt, v.FamilyId, v.RecipientId, v.RecipientKind,
            v.CaregiverId, v.LengthMinutes,
        }).HasDatabaseName("IX_BookingVisits_RegionalReport");

        // The unique guard on (PlaceId, RecipientId, StartsAt) while a visit holds time is written per provider
        // in the VisitPlaces migrations (recipient_place_taken); this index serves the use case's own look-up.
        builder.HasIndex(v => new { v.PlaceId, v.RecipientId });

        // A care plan's week reads the person's visits by start (CarePlanRepository.ListLoggedVisitsAsync).
        builder.HasIndex(v => new { v.RecipientId, v.StartsAt });
        builder.Property(v => v.Log).HasConversion(JsonColumn<VisitLog>.Converter, JsonColumn<VisitLog>.Comparer);
    }
}
