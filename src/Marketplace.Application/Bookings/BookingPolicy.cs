namespace Marketplace.Application.Bookings;

/// <summary>
/// Rules an operator may tune (<c>Bookings:*</c> in configuration): how long a caregiver has to answer,
/// and the late-cancellation share for caregivers who are not booked through a listing.
/// </summary>
public sealed record BookingPolicy(TimeSpan ResponseTime, int LateCancellationPercent)
{
    public static BookingPolicy Default { get; } = new(TimeSpan.FromHours(24), 50);
}
