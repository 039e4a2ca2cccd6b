using System.Text.Json.Serialization;
using Marketplace.Application.Bookings;
using Marketplace.Application.Bookings.Request;
using Marketplace.Application.Bookings.Reserve;
using Mediator;

namespace Marketplace.Web.Api;

/// <summary>
/// The body of <c>POST /api/v1/bookings</c>: one of three shapes, told apart by <c>kind</c>. Each shape
/// requires its own members, so a daycare body without <c>dates</c> is refused by name, never read as
/// a booking of nothing.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(HomeCareBookingBody), "homeCare")]
[JsonDerivedType(typeof(DaycareBookingBody), "daycare")]
[JsonDerivedType(typeof(ClinicBookingBody), "mobileClinic")]
public abstract record BookingRequestBody(Guid RecipientId)
{
    public abstract ICommand<BookingView> ToCommand();
}

/// <summary>Home visits: <c>{kind: "homeCare", caregiverId, recipientId, start, hours, repeatWeekly?: {days[], weeks}}</c>.</summary>
/// <param name="RecipientId">The family's person the visits are for.</param>
/// <param name="CaregiverId">The caregiver asked for.</param>
/// <param name="Start">The first visit's start, with its offset, e.g. 2026-12-01T09:00:00+08:00.</param>
/// <param name="Hours">The length of each visit in whole hours, 1 to 12.</param>
/// <param name="RepeatWeekly">Omitted for one visit; otherwise the weekdays and the number of weeks the visits repeat.</param>
public sealed record HomeCareBookingBody(Guid RecipientId, Guid CaregiverId, DateTimeOffset Start, int Hours, WeeklyRepeat? RepeatWeekly = null)
    : BookingRequestBody(RecipientId)
{
    public override ICommand<BookingView> ToCommand() => new RequestHomeCareBooking(CaregiverId, RecipientId, Start, Hours, RepeatWeekly);
}

/// <summary>Daycare days: <c>{kind: "daycare", listingId, recipientId, dates[]}</c>.</summary>
/// <param name="RecipientId">The family's person the days are for.</param>
/// <param name="ListingId">The daycare listing.</param>
/// <param name="Dates">The days, as local dates (yyyy-MM-dd).</param>
public sealed record DaycareBookingBody(Guid RecipientId, Guid ListingId, IReadOnlyList<DateOnly> Dates) : BookingRequestBody(RecipientId)
{
    public override ICommand<BookingView> ToCommand() => new ReserveDaycareDays(ListingId, RecipientId, Dates);
}

/// <summary>A mobile-clinic slot: <c>{kind: "mobileClinic", slotId, recipientId}</c>.</summary>
public sealed record ClinicBookingBody(Guid RecipientId, Guid SlotId) : BookingRequestBody(RecipientId)
{
    public override ICommand<BookingView> ToCommand() => new ReserveClinicSlot(SlotId, RecipientId);
}
