using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence;

/// <summary>
/// The rules the database enforces itself, under any concurrency, and how their refusals reach the caller.
/// Each provider names its guard the same way (an exclusion constraint on PostgreSQL, a trigger that
/// raises on SQLite and SQL Server), so one name check recognises them all.
/// </summary>
internal static class DatabaseGuards
{
    public const string CaregiverDoubleBooked = "caregiver_double_booked";

    /// <summary>The business-rule refusal a failed save stands for, or null when it is an ordinary failure.</summary>
    public static BusinessRuleException? RefusalOf(DbUpdateException failure)
    {
        for (Exception? cause = failure; cause is not null; cause = cause.InnerException)
        {
            if (cause.Message.Contains(CaregiverDoubleBooked, StringComparison.Ordinal))
            {
                return new BusinessRuleException(Booking.CaregiverAlreadyBooked);
            }
        }

        return null;
    }
}
