namespace Marketplace.Application.Bookings;

/// <summary>
/// The places of listings that have a capacity: daycare days and clinic slots. Taking a place that is
/// not free fails with a <see cref="Common.Errors.BusinessRuleException"/>; the database itself refuses
/// to overfill a day or a slot, however many requests take places at once. Runs in the command's transaction.
/// </summary>
public interface IPlaceCounter
{
    Task TakeDaycareDaysAsync(Guid listingId, IReadOnlyList<DateOnly> dates, int placesPerDay, CancellationToken cancellationToken);

    Task GiveBackDaycareDaysAsync(Guid listingId, IReadOnlyList<DateOnly> dates, CancellationToken cancellationToken);

    Task TakeClinicSlotAsync(Guid slotId, CancellationToken cancellationToken);

    Task GiveBackClinicSlotAsync(Guid slotId, CancellationToken cancellationToken);

    /// <summary>Places taken per day of a daycare from <paramref name="firstDay"/> to <paramref name="lastDay"/>; days with none are absent.</summary>
    Task<IReadOnlyDictionary<DateOnly, int>> DaycareTakenAsync(Guid listingId, DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken);

    /// <summary>Places taken per slot; slots with none are absent.</summary>
    Task<IReadOnlyDictionary<Guid, int>> ClinicTakenAsync(IReadOnlyList<Guid> slotIds, CancellationToken cancellationToken);
}

public static class PlaceCounterExtensions
{
    /// <summary>Gives back the places the cancelled visits of a daycare or clinic booking held; home care holds none.</summary>
    public static Task GiveBackAsync(this IPlaceCounter places, Booking booking, IReadOnlyList<BookingVisit> cancelled, CancellationToken cancellationToken) =>
        booking switch
        {
            { Kind: BookingKind.Daycare, Parties.ListingId: { } listingId } => places.GiveBackDaycareDaysAsync(
                listingId, [.. cancelled.Select(v => SharedKernel.IndonesianTimeZones.LocalDate(v.StartsAt, booking.TimeZone))], cancellationToken),
            { Kind: BookingKind.MobileClinic, ClinicSlotId: { } slotId } when cancelled.Count > 0 => places.GiveBackClinicSlotAsync(slotId, cancellationToken),
            _ => Task.CompletedTask,
        };
}
