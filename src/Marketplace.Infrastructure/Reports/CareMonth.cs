using System.Linq.Expressions;

namespace Marketplace.Infrastructure.Reports;

/// <summary>
/// Which month of a report a piece of care falls in, as an expression the database evaluates (a CASE of the month starts,
/// which are local midnights as instants): the same SQL on every provider, whatever its date functions and time zones.
/// </summary>
internal static class CareMonth
{
    /// <summary>The index in <paramref name="monthStarts"/> of the last start at or before the care's start (0 before the second).</summary>
    public static Expression<Func<DeliveredCare, int>> Of(IReadOnlyList<DateTimeOffset> monthStarts)
    {
        var care = Expression.Parameter(typeof(DeliveredCare), "care");
        var startsAt = Expression.Property(care, nameof(DeliveredCare.StartsAt));
        Expression month = Expression.Constant(0);
        for (var i = 1; i < monthStarts.Count; i++)
        {
            month = Expression.Condition(Expression.GreaterThanOrEqual(startsAt, Expression.Constant(monthStarts[i])), Expression.Constant(i), month);
        }

        return Expression.Lambda<Func<DeliveredCare, int>>(month, care);
    }
}
