using Marketplace.Infrastructure.Persistence.Entries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

internal sealed class RecipientAccessConfiguration : IEntityTypeConfiguration<RecipientAccess>
{
    public void Configure(EntityTypeBuilder<RecipientAccess> builder)
    {
        builder.ToTable("RecipientAccessLog");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();

        // No foreign key: the log of who read a person's details is kept after the family removes the person.
        builder.HasIndex(a => new { a.RecipientId, a.ViewedAt });
        builder.Property(a => a.Record).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Purpose).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.ViewerRole).HasMaxLength(20);
    }
}
