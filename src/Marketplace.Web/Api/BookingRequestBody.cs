using FluentValidation;
using FluentValidation.Results;
using Marketplace.Application.Bookings;
using Marketplace.Application.Bookings.Request;
using Marketplace.Application.Bookings.Reserve;
using Mediator;

namespace Marketplace.Web.Api;

/// <summary>
/// The body of <c>POST /api/v1/bookings</c>: one shape for every kind, told apart by <c>kind</c>:
/// home care <c>{caregiverId, recipientId, start, hours, repeatWeekly?}</c>, daycare
/// <c>{listingId, recipientId, dates[]}</c>, mobile clinic <c>{slotId, recipientId}</c>.
/// </summary>
public sealed class BookingRequestBody
{
    public BookingKind? Kind { get; set; }

    public Guid RecipientId { get; set; }

    public Guid CaregiverId { get; set; }

    /// <summary>The first visit's start, with its offset, e.g. 2026-12-01T09:00:00+08:00.</summary>
    public DateTimeOffset Start { get; set; }

    public int Hours { get; set; }

    public WeeklyRepeat? RepeatWeekly { get; set; }

    public Guid ListingId { get; set; }

    /// <summary>Daycare days, as local dates (yyyy-MM-dd).</summary>
    public IReadOnlyList<DateOnly>? Dates { get; set; }

    public Guid SlotId { get; set; }

    public ICommand<BookingView> ToCommand() => Kind switch
    {
        BookingKind.HomeCare => new RequestHomeCareBooking(CaregiverId, RecipientId, Start, Hours, RepeatWeekly),
        BookingKind.Daycare => new ReserveDaycareDays(ListingId, RecipientId, Dates ?? []),
        BookingKind.MobileClinic => new ReserveClinicSlot(SlotId, RecipientId),
        _ => throw new ValidationException([new ValidationFailure(nameof(Kind), "Give the kind of booking: homeCare, daycare or mobileClinic.")]),
    };
}
