using Marketplace.Application.Reviews;
using Marketplace.Application.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

/// <summary>One review per booking, guarded by the database; reviews are read by caregiver or listing, newest first.</summary>
internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.ToTable("Reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasAggregateVersion();
        builder.HasIndex(r => r.BookingId).IsUnique().HasDatabaseName(DatabaseGuards.ReviewOnce);
        builder.Property(r => r.ReviewerName).HasMaxLength(100);
        builder.Property(r => r.Text).HasMaxLength(Review.TextMaxLength);
        builder.Property(r => r.Reply).HasMaxLength(Review.ReplyMaxLength);
        builder.Property(r => r.HiddenReason).HasMaxLength(Review.HiddenReasonMaxLength);
        builder.Ignore(r => r.IsHidden);
        builder.HasIndex(r => new { r.CaregiverId, r.CreatedAt });
        builder.HasIndex(r => new { r.ListingId, r.CreatedAt });
        builder.HasIndex(r => r.CreatedAt);
        builder.Property(r => r.RecipientAreaCode).HasMaxLength(FieldLimits.AreaCodeMaxLength);

        // The regional report's ratings of an area and period, read from this index alone (RegionalReportSource).
        builder.HasIndex(r => new { r.RecipientAreaCode, r.CreatedAt, r.HiddenAt, r.Rating }).HasDatabaseName("IX_Reviews_RegionalReport");
    }
}
