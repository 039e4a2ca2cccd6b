using Marketplace.Application.SharedKernel;
using Marketplace.Application.Sponsors;

namespace Marketplace.Application.Bookings;

/// <summary>
/// A sponsor programme's part in one booking, under the terms it had when the share was reserved. The programme pays
/// <see cref="SharePercent"/> of each charge (at most <see cref="CapPerBooking"/> in all, and never more than
/// <see cref="Reserved"/>); whatever of the reservation is not spent when the booking is over goes back to its budget.
/// </summary>
public sealed class BookingSponsorship
{
    private BookingSponsorship(Guid programmeId, string programmeName, string areaCode, int sharePercent, Money capPerBooking, Money reserved, DateTimeOffset reservedAt)
    {
        ProgrammeId = programmeId;
        ProgrammeName = programmeName;
        AreaCode = areaCode;
        SharePercent = sharePercent;
        CapPerBooking = capPerBooking;
        Reserved = reserved;
        ReservedAt = reservedAt;
    }

    public Guid ProgrammeId { get; private set; }

    public string ProgrammeName { get; private set; }

    /// <summary>Where the person in care lives, as the sponsor's statement reports it.</summary>
    public string AreaCode { get; private set; }

    public int SharePercent { get; private set; }

    public Money CapPerBooking { get; private set; }

    /// <summary>
    /// The programme's share of the price when it was reserved: taken from its budget until the booking is over, and lowered
    /// when visits are cancelled on their own (<see cref="LowerTo"/>).
    /// </summary>
    public Money Reserved { get; private set; }

    public DateTimeOffset ReservedAt { get; private set; }

    /// <summary>All the booking's charges so far (care given, a late cancellation), the family's part and the programme's.</summary>
    public Money CareCharged { get; private set; }

    /// <summary>The programme's part of <see cref="CareCharged"/>.</summary>
    public Money SponsorCharged { get; private set; }

    /// <summary>The part of the commission charged so far that the family's share carries (the rest the programme's does).</summary>
    public Money FamilyCommission { get; private set; }

    /// <summary>When the unspent part of the reservation went back to the budget; null while the booking is open.</summary>
    public DateTimeOffset? ReleasedAt { get; private set; }

    /// <summary>What goes back to the budget when the booking is over: the reservation less what was spent.</summary>
    public Money Unspent => Reserved - SponsorCharged;

    internal static BookingSponsorship Reserve(SponsorTerms terms, string areaCode, Money price, DateTimeOffset now) =>
        new(terms.ProgrammeId, terms.ProgrammeName, areaCode, terms.SharePercent, terms.CapPerBooking, SponsorTerms.ShareOf(price, terms.SharePercent, terms.CapPerBooking), now);

    /// <summary>The programme's share of an amount due in all: its percent, at most the cap and what was reserved.</summary>
    internal Money ShareOf(Money due) => ShareOf(due, SharePercent, CapPerBooking, Reserved);

    /// <summary>
    /// The programme's part of a new charge of <paramref name="amount"/>: its share of all charged so far less what it
    /// already paid, so the parts of many charges add up to exactly its share of their sum.
    /// </summary>
    internal Money TakeShareOf(Money amount)
    {
        CareCharged += amount;
        var part = ShareOf(CareCharged) - SponsorCharged;
        SponsorCharged += part;
        return part;
    }

    internal void ChargeFamilyCommission(Money commission) => FamilyCommission += commission;

    /// <summary>
    /// Less care is due (visits cancelled): the reservation shrinks to the programme's share of <paramref name="due"/>, never
    /// below what it has spent. Answers what it gave up, which goes back to the budget.
    /// </summary>
    internal Money LowerTo(Money due)
    {
        var share = ShareOf(due);
        var kept = share > SponsorCharged ? share : SponsorCharged;
        var released = Reserved - kept;
        Reserved = kept;
        return released;
    }

    internal void Release(DateTimeOffset now) => ReleasedAt ??= now;

    private static Money ShareOf(Money due, int percent, Money cap, Money reserved)
    {
        var share = SponsorTerms.ShareOf(due, percent, cap);
        return share < reserved ? share : reserved;
    }
}
