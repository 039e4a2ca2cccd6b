using Marketplace.Application.Complaints;
using Marketplace.Application.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

/// <summary>One complaint per booking, guarded by the database; the admins' queue reads by status and filing time.</summary>
internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("Complaints");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasAggregateVersion();
        builder.HasIndex(c => c.BookingId).IsUnique().HasDatabaseName(DatabaseGuards.ComplaintOnce);
        builder.Property(c => c.ProviderName).HasMaxLength(FieldLimits.TitleMaxLength);
        builder.Property(c => c.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Description).HasMaxLength(Complaint.DescriptionMaxLength);
        builder.Property(c => c.Resolution).HasMaxLength(Complaint.NoteMaxLength);
        builder.HasIndex(c => new { c.Status, c.FiledAt });
        builder.Property(c => c.RecipientAreaCode).HasMaxLength(FieldLimits.AreaCodeMaxLength);

        // The regional report's complaints of an area and period, read from this index alone (RegionalReportSource).
        builder.HasIndex(c => new { c.RecipientAreaCode, c.FiledAt, c.Outcome }).HasDatabaseName("IX_Complaints_RegionalReport");
    }
}
