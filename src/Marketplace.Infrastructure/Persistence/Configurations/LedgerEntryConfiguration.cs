using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

/// <summary>
/// The ledger's lines. The database itself refuses an amount of zero or less, a line that debits and credits the
/// same account, and the same transaction's line posted twice (a charge, a payment received).
/// </summary>
internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> builder)
    {
        builder.ToTable("LedgerEntries", table =>
        {
            table.HasCheckConstraint("ledger_amount_positive", "\"AmountIdr\" > 0");
            table.HasCheckConstraint("ledger_accounts_differ", "\"DebitAccount\" <> \"CreditAccount\"");
        });
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.TransactionKey).HasMaxLength(100);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.DebitAccount).HasMaxLength(LedgerAccount.CodeMaxLength);
        builder.Property(e => e.CreditAccount).HasMaxLength(LedgerAccount.CodeMaxLength);
        builder.Ignore(e => e.Amount);
        builder.HasIndex(e => new { e.TransactionKey, e.Leg }).IsUnique().HasDatabaseName("ledger_posted_once");
        builder.HasIndex(e => new { e.DebitAccount, e.PostedAt });
        builder.HasIndex(e => new { e.CreditAccount, e.PostedAt });
        builder.HasIndex(e => e.BookingId);
        builder.Property(e => e.RecipientAreaCode).HasMaxLength(FieldLimits.AreaCodeMaxLength);

        // The regional report sums the care charged in an area and period from this index alone (RegionalReportSource).
        builder.HasIndex(e => new { e.RecipientAreaCode, e.PostedAt, e.Kind, e.DebitAccount, e.AmountIdr }).HasDatabaseName("IX_LedgerEntries_RegionalReport");
    }
}
