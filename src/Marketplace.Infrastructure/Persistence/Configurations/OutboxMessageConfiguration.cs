using Marketplace.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Type).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(1000);

        // A start's replay of what was delivered since the search index's last commit, and the dead letters (undelivered,
        // given up on) that admins list and the lag check counts.
        builder.HasIndex(m => new { m.ProcessedAt, m.NextAttemptAt });

        // The dispatcher's question, asked every half second: what is undelivered, oldest first? Only pending rows
        // are in this index, in the order the dispatcher takes them, so a claim reads its round and stops instead of
        // reading and sorting the whole backlog (4 ms a claim with a few thousand waiting, PostgreSQL, issue #19).
        builder.HasIndex(m => m.OccurredAt).HasFilter("\"ProcessedAt\" IS NULL AND \"DeadAt\" IS NULL").HasDatabaseName("IX_OutboxMessages_Pending");
    }
}
