namespace Marketplace.Application.Bookings;

/// <summary>
/// Rules an operator may tune (<c>Bookings:*</c> in configuration): how long a caregiver has to answer, the
/// late-cancellation share for caregivers who are not booked through a listing, and how far ahead care can
/// be booked (the horizon, in months).
/// </summary>
public sealed record BookingPolicy(TimeSpan ResponseTime, int LateCancellationPercent, int HorizonMonths)
{
    public static BookingPolicy Default { get; } = new(TimeSpan.FromHours(24), 50, 12);

    /// <summary>The latest instant a visit may start when booked (or moved) at <paramref name="now"/>.</summary>
    public DateTimeOffset LatestStart(DateTimeOffset now) => now.AddMonths(HorizonMonths);

    /// <summary>The latest date a daycare day or clinic stop may fall on, counted from <paramref name="today"/>.</summary>
    public DateOnly LatestDate(DateOnly today) => today.AddMonths(HorizonMonths);
}
