using Marketplace.Application.Bookings;
using Marketplace.Application.Complaints;
using Marketplace.Application.Payments;
using Marketplace.Application.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence.Configurations;

/// <summary>
/// Area codes (73.71.10) are identifiers, not words: the columns the regional report looks them up in compare them byte by
/// byte, as SQLite does by default, rather than by a language's collation, which PostgreSQL and SQL Server databases may
/// default to (and which would ignore the dots when ordering them). Those providers name a binary collation for them.
/// </summary>
internal static class AreaCodeOrder
{
    public const string PostgresBinary = "C";
    public const string SqlServerBinary = "Latin1_General_BIN2";

    public static void Use(ModelBuilder builder, string collation)
    {
        builder.Entity<BookingVisit>().Property(v => v.RecipientAreaCode).UseCollation(collation);
        builder.Entity<Booking>().OwnsOne(b => b.Parties, parties => parties.Property(p => p.RecipientAreaCode).UseCollation(collation));
        builder.Entity<Review>().Property(r => r.RecipientAreaCode).UseCollation(collation);
        builder.Entity<Complaint>().Property(c => c.RecipientAreaCode).UseCollation(collation);
        builder.Entity<LedgerEntry>().Property(e => e.RecipientAreaCode).UseCollation(collation);
    }
}
