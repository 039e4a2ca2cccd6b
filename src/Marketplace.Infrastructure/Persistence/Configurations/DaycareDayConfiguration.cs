using Marketplace.Application.Listings;
using Marketplace.Infrastructure.Persistence.Entries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

internal sealed class DaycareDayConfiguration : IEntityTypeConfiguration<DaycareDay>
{
    public void Configure(EntityTypeBuilder<DaycareDay> builder)
    {
        builder.ToTable("DaycareDays", table =>
        {
            table.HasCheckConstraint(DatabaseGuards.DaycareDayFull, "\"Taken\" <= \"Capacity\"");
            table.HasCheckConstraint("daycare_day_taken_not_negative", "\"Taken\" >= 0");
        });
        builder.HasKey(d => new { d.ListingId, d.Date });
        builder.HasOne<Listing>().WithMany().HasForeignKey(d => d.ListingId).OnDelete(DeleteBehavior.Cascade);
    }
}
