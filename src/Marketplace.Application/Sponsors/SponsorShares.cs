using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Families;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Sponsors;

/// <summary>
/// Which sponsor programmes may pay part of a booking, and reserving one's share: the family is currently eligible, the
/// programme covers the kind of care, the area where the person in care lives and every day of care, and its budget
/// has the share left (the database refuses the reservation anyway when another took the budget meanwhile).
/// </summary>
public sealed class SponsorShares(ISponsorProgrammeRepository programmes, IFamilyRepository families)
{
    /// <summary>Reserves <paramref name="programmeId"/>'s share of <paramref name="booking"/>, or refuses with the reason.</summary>
    public async Task ReserveAsync(Booking booking, Guid programmeId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A card tried again keeps the share reserved at the first try, whatever changed since (this very share may have spent the budget).
        if (booking.Sponsorship?.ProgrammeId == programmeId)
        {
            return;
        }

        var programme = await programmes.FindAsync(programmeId, cancellationToken) ?? throw new NotFoundException("SponsorProgramme", programmeId);
        if (await programmes.FindEligibilityAsync(programmeId, booking.Parties.FamilyId, cancellationToken) is null)
        {
            throw new BusinessRuleException("Your family is not registered as eligible for this sponsor programme.");
        }

        var area = await AreaOfAsync(booking, cancellationToken);
        RequireCovers(programme, booking, area);
        booking.Sponsor(programme.Terms, area.Value, now);
    }

    /// <summary>The programmes that would pay part of <paramref name="booking"/> now, with what each would pay.</summary>
    public async Task<IReadOnlyList<SponsorOffer>> OffersAsync(Booking booking, CancellationToken cancellationToken)
    {
        var eligible = await programmes.ListForFamilyAsync(booking.Parties.FamilyId, cancellationToken);
        if (eligible.Count == 0)
        {
            return [];
        }

        // Without an address on record no programme can cover the booking; choosing one explains why.
        if (await FindAreaAsync(booking, cancellationToken) is not { } area)
        {
            return [];
        }

        List<SponsorOffer> offers = [];
        foreach (var programme in eligible)
        {
            try
            {
                RequireCovers(programme, booking, area);
                var share = programme.ShareOf(booking.AmountDue);
                offers.Add(new SponsorOffer(programme.Id, programme.Name, programme.Funder, programme.SharePercent, share.Rupiah, (booking.AmountDue - share).Rupiah));
            }
            catch (BusinessRuleException)
            {
                // A programme that does not cover this booking is simply not offered.
            }
        }

        return [.. offers.OrderByDescending(o => o.SponsorShareIdr)];
    }

    private static void RequireCovers(SponsorProgramme programme, Booking booking, AreaCode area)
    {
        var days = booking.Visits.Where(v => v.Status != VisitStatus.Cancelled)
            .Select(v => IndonesianTimeZones.LocalDate(v.StartsAt, booking.TimeZone)).ToList();
        if (days.Count == 0)
        {
            throw new BusinessRuleException("This booking has no visit left to pay for.");
        }

        programme.RequireCovers(booking.Kind, area, days.Min(), days.Max());
        var share = programme.ShareOf(booking.AmountDue);
        if (share > programme.Available)
        {
            throw new BusinessRuleException(SponsorProgramme.BudgetSpent, programme.Available);
        }
    }

    private async Task<AreaCode> AreaOfAsync(Booking booking, CancellationToken cancellationToken) =>
        await FindAreaAsync(booking, cancellationToken)
            ?? throw new BusinessRuleException("The person in care has no address on record; a sponsor programme needs one.");

    private async Task<AreaCode?> FindAreaAsync(Booking booking, CancellationToken cancellationToken)
    {
        var family = await families.FindByRecipientAsync(booking.Parties.RecipientId, cancellationToken);
        return family?.Recipients.FirstOrDefault(r => r.Id == booking.Parties.RecipientId)?.Address.AreaCode;
    }
}

/// <summary>A programme that would pay <see cref="SponsorShareIdr"/> of a booking, leaving <see cref="FamilyShareIdr"/> to the family (whole Rupiah).</summary>
public sealed record SponsorOffer(Guid ProgrammeId, string Name, string Funder, int SharePercent, long SponsorShareIdr, long FamilyShareIdr);
