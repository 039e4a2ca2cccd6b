using Marketplace.Application.Bookings;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence.Configurations;

/// <summary>
/// The columns a report finds an area's codes in by range (73.71 up to 73.71/, see
/// <see cref="Application.Reports.RegionalReport.ReportScope.AreaCodeRange"/>) must order codes byte by byte. SQLite does by
/// default; a PostgreSQL database in a language's collation ignores the dots and a SQL Server one may too, so those
/// providers name a binary collation for them.
/// </summary>
internal static class AreaCodeOrder
{
    public const string PostgresBinary = "C";
    public const string SqlServerBinary = "Latin1_General_BIN2";

    public static void Use(ModelBuilder builder, string collation)
    {
        builder.Entity<BookingVisit>().Property(v => v.RecipientAreaCode).UseCollation(collation);
        builder.Entity<Booking>().OwnsOne(b => b.Parties, parties => parties.Property(p => p.RecipientAreaCode).UseCollation(collation));
    }
}
