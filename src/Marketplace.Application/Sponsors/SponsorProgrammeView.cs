using Marketplace.Application.Bookings;

namespace Marketplace.Application.Sponsors;

/// <summary>
/// A sponsor programme as admins see it. Amounts are whole Rupiah: <see cref="CommittedIdr"/> is reserved for confirmed
/// bookings or spent on care given, <see cref="AvailableIdr"/> what is left of <see cref="BudgetIdr"/>. Dates are local
/// days, both inclusive.
/// </summary>
public sealed record SponsorProgrammeView(
    Guid Id,
    string Name,
    string Funder,
    long BudgetIdr,
    long CommittedIdr,
    long AvailableIdr,
    int SharePercent,
    long CapPerBookingIdr,
    IReadOnlyList<BookingKind> Kinds,
    IReadOnlyList<string> AreaCodes,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    DateTimeOffset CreatedAt)
{
    public static SponsorProgrammeView Of(SponsorProgramme programme) => new(
        programme.Id,
        programme.Name,
        programme.Funder,
        programme.Budget.Rupiah,
        programme.Committed.Rupiah,
        programme.Available.Rupiah,
        programme.SharePercent,
        programme.CapPerBooking.Rupiah,
        programme.Kinds,
        programme.AreaCodes,
        programme.ValidFrom,
        programme.ValidUntil,
        programme.CreatedAt);
}

/// <summary>
/// A programme with the families currently eligible for it, and its committed budget as the ledger has it (whole Rupiah):
/// <see cref="HeldIdr"/> reserved for bookings not yet over, <see cref="SpentIdr"/> owed for care given; together they
/// are <see cref="SponsorProgrammeView.CommittedIdr"/>.
/// </summary>
public sealed record SponsorProgrammeDetailView(SponsorProgrammeView Programme, long HeldIdr, long SpentIdr, IReadOnlyList<EligibleFamily> Eligible);
