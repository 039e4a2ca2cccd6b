using Marketplace.Application.Bookings;
using Marketplace.Application.Listings;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Persistence.Entries;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Bookings;

/// <summary>
/// Counts taken places in single statements inside the command's transaction: concurrent takers queue on
/// the counter's row, and its check constraint refuses the one that would overfill it.
/// </summary>
internal sealed class PlaceCounter(MarketplaceDbContext db) : IPlaceCounter
{
    public const string Taken = "Taken";

    public async Task TakeDaycareDaysAsync(Guid listingId, IReadOnlyList<DateOnly> dates, int placesPerDay, CancellationToken cancellationToken)
    {
        foreach (var date in dates)
        {
            await RefusingOverflowAsync(() => db.Database.IsSqlServer()
                ? db.Database.ExecuteSqlAsync($"""
                    MERGE "DaycareDays" WITH (HOLDLOCK) AS d
                    USING (SELECT {listingId} AS "ListingId", {date} AS "Date") AS s ON d."ListingId" = s."ListingId" AND d."Date" = s."Date"
                    WHEN MATCHED THEN UPDATE SET "Taken" = d."Taken" + 1, "Capacity" = {placesPerDay}
                    WHEN NOT MATCHED THEN INSERT ("ListingId", "Date", "Taken", "Capacity") VALUES ({listingId}, {date}, 1, {placesPerDay});
                    """, cancellationToken)
                : db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "DaycareDays" ("ListingId", "Date", "Taken", "Capacity") VALUES ({listingId}, {date}, 1, {placesPerDay})
                    ON CONFLICT ("ListingId", "Date") DO UPDATE SET "Taken" = "DaycareDays"."Taken" + 1, "Capacity" = excluded."Capacity"
                    """, cancellationToken));
        }
    }

    public Task GiveBackDaycareDaysAsync(Guid listingId, IReadOnlyList<DateOnly> dates, CancellationToken cancellationToken) =>
        db.Set<DaycareDay>().Where(d => d.ListingId == listingId && dates.Contains(d.Date) && d.Taken > 0)
            .ExecuteUpdateAsync(day => day.SetProperty(d => d.Taken, d => d.Taken - 1), cancellationToken);

    public Task TakeClinicSlotAsync(Guid slotId, CancellationToken cancellationToken) =>
        RefusingOverflowAsync(() => db.Set<ClinicSlot>().Where(s => s.Id == slotId)
            .ExecuteUpdateAsync(slot => slot.SetProperty(s => EF.Property<int>(s, Taken), s => EF.Property<int>(s, Taken) + 1), cancellationToken));

    public Task GiveBackClinicSlotAsync(Guid slotId, CancellationToken cancellationToken) =>
        db.Set<ClinicSlot>().Where(s => s.Id == slotId && EF.Property<int>(s, Taken) > 0)
            .ExecuteUpdateAsync(slot => slot.SetProperty(s => EF.Property<int>(s, Taken), s => EF.Property<int>(s, Taken) - 1), cancellationToken);

    public async Task<IReadOnlyDictionary<DateOnly, int>> DaycareTakenAsync(Guid listingId, DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken) =>
        await db.Set<DaycareDay>().Where(d => d.ListingId == listingId && d.Date >= firstDay && d.Date <= lastDay && d.Taken > 0)
            .ToDictionaryAsync(d => d.Date, d => d.Taken, cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, int>> ClinicTakenAsync(IReadOnlyList<Guid> slotIds, CancellationToken cancellationToken) =>
        // The shadow counter is read inside the query's projection: EF.Property cannot run on loaded objects.
        await db.Set<ClinicSlot>().Where(s => slotIds.Contains(s.Id) && EF.Property<int>(s, Taken) > 0)
            .Select(s => new { s.Id, Taken = EF.Property<int>(s, Taken) })
            .ToDictionaryAsync(s => s.Id, s => s.Taken, cancellationToken);

    private static async Task RefusingOverflowAsync(Func<Task<int>> take)
    {
        try
        {
            await take();
        }
        catch (Exception failure) when (DatabaseGuards.RefusalOf(failure) is { } refusal)
        {
            throw refusal;
        }
    }
}
