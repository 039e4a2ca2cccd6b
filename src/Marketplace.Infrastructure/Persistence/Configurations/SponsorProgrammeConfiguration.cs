using Marketplace.Application.SharedKernel;
using Marketplace.Application.Sponsors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

/// <summary>
/// Sponsor programmes. <c>CommittedIdr</c> is written only by the single statements of <see cref="Sponsors.SponsorBudgets"/>,
/// never by saving a loaded programme (which would put back a stale figure); its check constraint refuses to let it
/// pass the budget, however many bookings are confirmed at once.
/// </summary>
internal sealed class SponsorProgrammeConfiguration : IEntityTypeConfiguration<SponsorProgramme>
{
    public void Configure(EntityTypeBuilder<SponsorProgramme> builder)
    {
        builder.ToTable("SponsorProgrammes", table =>
        {
            table.HasCheckConstraint(DatabaseGuards.SponsorBudgetSpent, "\"CommittedIdr\" <= \"BudgetIdr\"");
            table.HasCheckConstraint("sponsor_committed_not_negative", "\"CommittedIdr\" >= 0");
        });
        builder.HasKey(p => p.Id);
        builder.HasAggregateVersion();
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(FieldLimits.TitleMaxLength);
        builder.Property(p => p.Funder).HasMaxLength(FieldLimits.OrganisationNameMaxLength);
        builder.Property(p => p.Budget).HasColumnName("BudgetIdr");
        builder.Property(p => p.CapPerBooking).HasColumnName("CapPerBookingIdr");
        var committed = builder.Property(p => p.Committed).HasColumnName("CommittedIdr");
        committed.Metadata.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
        committed.Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        builder.Property(p => p.Committed).HasDefaultValue(Money.Zero);
        builder.PrimitiveCollection(p => p.Kinds).HasField("_kinds");
        builder.PrimitiveCollection(p => p.AreaCodes).HasField("_areaCodes");
        builder.Ignore(p => p.Available);
        builder.Ignore(p => p.Terms);
    }
}

internal sealed class SponsorEligibilityConfiguration : IEntityTypeConfiguration<SponsorEligibility>
{
    public void Configure(EntityTypeBuilder<SponsorEligibility> builder)
    {
        builder.ToTable("SponsorEligibilities");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.EvidenceReference).HasMaxLength(FieldLimits.RegistrationNumberMaxLength);
        builder.Ignore(e => e.IsCurrent);
        // One current record per family and programme, even when two admins record it at the same moment.
        builder.HasIndex(e => new { e.ProgrammeId, e.FamilyId }).IsUnique().HasFilter("\"WithdrawnAt\" IS NULL").HasDatabaseName(DatabaseGuards.SponsorEligibleOnce);
        builder.HasIndex(e => e.FamilyId);
        builder.HasOne<SponsorProgramme>().WithMany().HasForeignKey(e => e.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
    }
}
