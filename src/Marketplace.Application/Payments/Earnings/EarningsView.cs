namespace Marketplace.Application.Payments.Earnings;

/// <summary>
/// What a provider earned from <see cref="From"/> to <see cref="To"/> (local dates in <see cref="TimeZone"/>, both inclusive),
/// in whole Rupiah. <see cref="EarnedIdr"/>: their share of the care given and of late cancellations (less refunds to cards), after the platform's
/// commission. <see cref="ReceivedIdr"/>: what they recorded as received from families (cash or transfer).
/// <see cref="PaidOutIdr"/>: what the platform paid them by bank transfer in payout batches.
/// <see cref="DueToYouIdr"/> and <see cref="CashOwedIdr"/> are today's balance, whatever the period: what the platform owes
/// them, or what they hold that is not yet theirs (the commission on money they collected, and money paid ahead for
/// visits not yet given); at most one is above zero.
/// </summary>
public sealed record EarningsView(
    DateOnly From,
    DateOnly To,
    string TimeZone,
    long EarnedIdr,
    long ReceivedIdr,
    long PaidOutIdr,
    long DueToYouIdr,
    long CashOwedIdr,
    IReadOnlyList<MonthlyEarnings> Months);

/// <summary>One calendar month of the period (<see cref="Month"/> is its first day): what was earned, received and paid out in it.</summary>
public sealed record MonthlyEarnings(DateOnly Month, long EarnedIdr, long ReceivedIdr, long PaidOutIdr);
