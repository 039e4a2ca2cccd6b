using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Bookings;

/// <summary>
/// What home visits cost, the one rule a home-care booking is priced by: a visit is the caregiver's hourly rate times
/// its whole hours, and the booking is every visit's price. Whole Rupiah throughout.
/// </summary>
public sealed record HomeCarePrice(Money HourlyRate, int Hours, int Visits)
{
    public Money VisitPrice => HourlyRate * Hours;

    public Money Total => VisitPrice * Visits;
}
