using Marketplace.Application.Bookings;
using Marketplace.Application.CarePlans;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence.Repositories;

internal sealed class CarePlanRepository(MarketplaceDbContext db) : ICarePlanRepository
{
    public void Add(CarePlan plan) => db.CarePlans.Add(plan);

    public void Add(FamilyCareLog log) => db.FamilyCareLogs.Add(log);

    public void Add(CareAlert alert) => db.CareAlerts.Add(alert);

    public Task<CarePlan?> FindByRecipientAsync(Guid recipientId, CancellationToken cancellationToken) =>
        db.CarePlans.FirstOrDefaultAsync(p => p.RecipientId == recipientId, cancellationToken);

    public async Task<IReadOnlyList<FamilyCareLog>> ListFamilyLogsAsync(Guid recipientId, DateOnly first, DateOnly last, CancellationToken cancellationToken) =>
        await db.FamilyCareLogs.AsNoTracking()
            .Where(l => l.RecipientId == recipientId && l.Day >= first && l.Day <= last)
            .OrderBy(l => l.Day).ThenBy(l => l.LoggedAt)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<LoggedVisit>> ListLoggedVisitsAsync(
        Guid recipientId, DateTimeOffset after, DateTimeOffset before, CancellationToken cancellationToken)
    {
        // Visits are read through their bookings (the caregiver's name is the booking's); the window is on the start, which
        // an index serves, widened by a day so a visit that began before the window and ended in it is found, then cut to
        // those that ended inside it.
        var found = await db.Bookings.AsNoTracking()
            .SelectMany(b => b.Visits, (b, v) => new { b.Id, b.Parties.ProviderName, Visit = v })
            .Where(x => x.Visit.RecipientId == recipientId && x.Visit.Status == VisitStatus.Completed
                && x.Visit.StartsAt >= after.AddDays(-1) && x.Visit.StartsAt < before)
            .ToListAsync(cancellationToken);
        return
        [
            .. found
                .Where(x => x.Visit.CheckedOutAt >= after && x.Visit.CheckedOutAt < before && x.Visit.Log is not null)
                .OrderBy(x => x.Visit.CheckedOutAt)
                .Select(x => new LoggedVisit(x.Id, x.Visit.Id, x.ProviderName, x.Visit.CheckedOutAt!.Value, x.Visit.Log!)),
        ];
    }

    public Task<CareAlert?> FindAlertAsync(Guid id, CancellationToken cancellationToken) =>
        db.CareAlerts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public async Task<IReadOnlyList<CareAlert>> ListAlertsAsync(
        IReadOnlyList<Guid> familyIds, CareAlertStatus? status, int limit, CancellationToken cancellationToken) =>
        await db.CareAlerts.AsNoTracking()
            .Where(a => familyIds.Contains(a.FamilyId) && (status == null || a.Status == status))
            .OrderBy(a => a.Status == CareAlertStatus.Handled)
            .ThenBy(a => a.Urgency == CareAlertUrgency.Urgent ? 0 : a.Urgency == CareAlertUrgency.Soon ? 1 : 2)
            .ThenBy(a => a.RaisedAt)
            .Take(limit)
            .ToListAsync(cancellationToken);
}
