using Marketplace.Application.Bookings;

namespace Marketplace.Application.Sponsors.Statement;

/// <summary>
/// What a programme reserved, spent and released from <see cref="From"/> to <see cref="To"/> (local days in WITA, both
/// inclusive), booking by booking, in whole Rupiah, read from the ledger. <see cref="Programme"/> gives today's budget.
/// </summary>
public sealed record SponsorStatementView(
    SponsorProgrammeView Programme,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<SponsorStatementLine> Lines,
    long ReservedIdr,
    long SpentIdr,
    long ReleasedIdr);

/// <summary>
/// One sponsored booking's movements in the period: <see cref="ReservedIdr"/> taken from the budget when it was confirmed,
/// <see cref="SpentIdr"/> paid for care given (or a late cancellation), <see cref="ReleasedIdr"/> given back when it was over.
/// <see cref="FirstDay"/> is its first day of care, in its own zone; <see cref="AreaCode"/> where the person in care lives.
/// </summary>
public sealed record SponsorStatementLine(
    Guid BookingId, BookingKind Kind, string AreaCode, DateOnly FirstDay, long ReservedIdr, long SpentIdr, long ReleasedIdr);

/// <summary>A sponsored booking as its statement line names it.</summary>
public sealed record SponsoredBooking(Guid BookingId, BookingKind Kind, string AreaCode, DateOnly FirstDay);
