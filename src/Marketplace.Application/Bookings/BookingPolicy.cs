namespace Marketplace.Application.Bookings;

/// <summary>
/// Rules an operator may tune (<c>Bookings:*</c> in configuration): how long a caregiver has to answer, the
/// late-cancellation share for caregivers who are not booked through a listing, how far ahead care can
/// be booked (the horizon, in months), and the platform's commission in percent of a booking's price: for a
/// caregiver booked directly, and (lower) for a verified social enterprise's daycare or clinic.
/// </summary>
public sealed record BookingPolicy(
    TimeSpan ResponseTime, int LateCancellationPercent, int HorizonMonths, int CommissionPercent, int SocialEnterpriseCommissionPercent)
{
    public static BookingPolicy Default { get; } = new(TimeSpan.FromHours(24), 50, 12, 10, 5);

    /// <summary>The provider's share of a caregiver booking's price, in percent, as the booking form tells it.</summary>
    public int ProviderSharePercent => 100 - CommissionPercent;

    /// <summary>The provider's share of a listing booking's price, in percent, as the listing page tells it.</summary>
    public int SocialEnterpriseProviderSharePercent => 100 - SocialEnterpriseCommissionPercent;

    /// <summary>
    /// Throws <see cref="ArgumentOutOfRangeException"/> (at start-up) for a commission outside 0–50 % or a social
    /// enterprise's above the standard one.
    /// </summary>
    public BookingPolicy Checked()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(SocialEnterpriseCommissionPercent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(SocialEnterpriseCommissionPercent, CommissionPercent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(CommissionPercent, 50);
        return this;
    }

    /// <summary>The latest instant a visit may start when booked (or moved) at <paramref name="now"/>.</summary>
    public DateTimeOffset LatestStart(DateTimeOffset now) => now.AddMonths(HorizonMonths);

    /// <summary>The latest date a daycare day or clinic stop may fall on, counted from <paramref name="today"/>.</summary>
    public DateOnly LatestDate(DateOnly today) => today.AddMonths(HorizonMonths);
}
