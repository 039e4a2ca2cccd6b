using Marketplace.Infrastructure.Persistence.Entries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

/// <summary>The card events acted on; the key refuses the same event twice, however many instances receive it at once.</summary>
internal sealed class CardEventRecordConfiguration : IEntityTypeConfiguration<CardEventRecord>
{
    public void Configure(EntityTypeBuilder<CardEventRecord> builder)
    {
        builder.ToTable("CardEvents");
        builder.HasKey(e => e.Id).HasName(DatabaseGuards.CardEventOnce);
        builder.Property(e => e.Id).HasMaxLength(255).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.ProcessorPaymentId).HasMaxLength(255);
        builder.HasIndex(e => e.ProcessorPaymentId);
    }
}
