using FluentValidation;
using FluentValidation.Results;
using Marketplace.Application.Bookings;
using Marketplace.Application.Bookings.Request;

namespace Marketplace.Web.Api;

/// <summary>The body of <c>POST /api/v1/bookings</c>: one shape for every kind, told apart by <c>kind</c>.</summary>
public sealed class BookingRequestBody
{
    public BookingKind? Kind { get; set; }

    public Guid CaregiverId { get; set; }

    public Guid RecipientId { get; set; }

    /// <summary>The first visit's start, with its offset, e.g. 2026-12-01T09:00:00+08:00.</summary>
    public DateTimeOffset Start { get; set; }

    public int Hours { get; set; }

    public WeeklyRepeat? RepeatWeekly { get; set; }

    public RequestHomeCareBooking ToCommand() => Kind switch
    {
        BookingKind.HomeCare => new RequestHomeCareBooking(CaregiverId, RecipientId, Start, Hours, RepeatWeekly),
        BookingKind.Daycare or BookingKind.MobileClinic => throw Invalid("Daycare and mobile-clinic places cannot be booked here yet; book home care."),
        _ => throw Invalid("Give the kind of booking: homeCare."),
    };

    private static ValidationException Invalid(string message) => new([new ValidationFailure(nameof(Kind), message)]);
}
