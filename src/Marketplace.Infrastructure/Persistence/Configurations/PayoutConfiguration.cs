using Marketplace.Application.Payouts;
using Marketplace.Application.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

internal sealed class PayoutAccountConfiguration : IEntityTypeConfiguration<PayoutAccount>
{
    public void Configure(EntityTypeBuilder<PayoutAccount> builder)
    {
        builder.ToTable("PayoutAccounts");
        builder.HasKey(a => a.ProviderUserId);
        builder.Property(a => a.ProviderUserId).ValueGeneratedNever();
        builder.Property(a => a.BankName).HasMaxLength(FieldLimits.OrganisationNameMaxLength);
        builder.Property(a => a.AccountNumber).HasMaxLength(20);
        builder.Property(a => a.AccountHolder).HasMaxLength(FieldLimits.PersonNameMaxLength);
        builder.Property(a => a.ConnectedAccountId).HasMaxLength(PayoutAccount.ConnectedAccountIdMaxLength);
    }
}

/// <summary>
/// Payout batches and their lines. At most one batch is open: the unique index on the status of open batches
/// (<see cref="DatabaseGuards.PayoutBatchOpenOnce"/>) refuses a second run at the same moment.
/// </summary>
internal sealed class PayoutBatchConfiguration : IEntityTypeConfiguration<PayoutBatch>
{
    public void Configure(EntityTypeBuilder<PayoutBatch> builder)
    {
        builder.ToTable("PayoutBatches");
        builder.HasKey(b => b.Id);
        builder.HasAggregateVersion();
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Skipped).HasColumnName("SkippedIdr");
        builder.Ignore(b => b.Total);
        builder.HasIndex(b => b.Status).IsUnique().HasFilter("\"Status\" = 'Open'").HasDatabaseName(DatabaseGuards.PayoutBatchOpenOnce);
        builder.OwnsMany(b => b.Lines, line =>
        {
            line.ToTable("PayoutLines");
            line.WithOwner().HasForeignKey("BatchId");
            line.HasKey("BatchId", nameof(PayoutLine.ProviderUserId));
            line.Property(l => l.ProviderName).HasMaxLength(FieldLimits.PersonNameMaxLength);
            line.Property(l => l.Email).HasMaxLength(FieldLimits.EmailMaxLength);
            line.Property(l => l.BankName).HasMaxLength(FieldLimits.OrganisationNameMaxLength);
            line.Property(l => l.AccountNumber).HasMaxLength(20);
            line.Property(l => l.AccountHolder).HasMaxLength(FieldLimits.PersonNameMaxLength);
            line.Property(l => l.Amount).HasColumnName("AmountIdr");
        });
        builder.Navigation(b => b.Lines).HasField("_lines");
    }
}
