using Marketplace.Application.Families;
using Marketplace.Application.SharedKernel;
using Marketplace.Application.Sponsors;
using Marketplace.Application.Sponsors.Statement;
using Marketplace.Infrastructure.Identity;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Sponsors;

internal sealed class SponsorProgrammeRepository(MarketplaceDbContext db) : ISponsorProgrammeRepository
{
    public void Add(SponsorProgramme programme) => db.SponsorProgrammes.Add(programme);

    public void Add(SponsorEligibility eligibility) => db.SponsorEligibilities.Add(eligibility);

    public Task<SponsorProgramme?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.SponsorProgrammes.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public async Task<IReadOnlyList<SponsorProgramme>> ListAsync(CancellationToken cancellationToken) =>
        await db.SponsorProgrammes.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id).ToListAsync(cancellationToken);

    public Task<bool> WasEverEligibleAsync(Guid programmeId, Guid familyId, CancellationToken cancellationToken) =>
        db.SponsorEligibilities.AnyAsync(e => e.ProgrammeId == programmeId && e.FamilyId == familyId, cancellationToken);

    public Task<SponsorEligibility?> FindEligibilityAsync(Guid programmeId, Guid familyId, CancellationToken cancellationToken) =>
        db.SponsorEligibilities.FirstOrDefaultAsync(e => e.ProgrammeId == programmeId && e.FamilyId == familyId && e.WithdrawnAt == null, cancellationToken);

    public async Task<IReadOnlyList<EligibleFamily>> ListEligibleAsync(Guid programmeId, CancellationToken cancellationToken) =>
        await (from eligibility in db.SponsorEligibilities
               where eligibility.ProgrammeId == programmeId && eligibility.WithdrawnAt == null
               join family in db.Set<Family>() on eligibility.FamilyId equals family.Id
               join user in db.Set<ApplicationUser>() on family.UserId equals user.Id
               orderby eligibility.RecordedAt descending
               select new EligibleFamily(family.Id, user.FullName, user.Email ?? string.Empty, eligibility.EvidenceReference, eligibility.RecordedAt))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<SponsorProgramme>> ListForFamilyAsync(Guid familyId, CancellationToken cancellationToken) =>
        await db.SponsorProgrammes
            .Where(p => db.SponsorEligibilities.Any(e => e.ProgrammeId == p.Id && e.FamilyId == familyId && e.WithdrawnAt == null))
            .OrderBy(p => p.Name).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<SponsoredBooking>> ListSponsoredBookingsAsync(IReadOnlyList<Guid> bookingIds, CancellationToken cancellationToken)
    {
        var rows = await db.Bookings.Where(b => bookingIds.Contains(b.Id) && b.Sponsorship != null)
            .Select(b => new { b.Id, b.Kind, b.Sponsorship!.AreaCode, b.TimeZone, FirstStart = b.Visits.Min(v => v.StartsAt) })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new SponsoredBooking(r.Id, r.Kind, r.AreaCode, IndonesianTimeZones.LocalDate(r.FirstStart, r.TimeZone)))];
    }
}
