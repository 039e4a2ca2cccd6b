namespace Marketplace.Application.Payments;

/// <summary>
/// One ledger line as one account sees it: its <see cref="Kind"/>, whether it debits the account
/// (<see cref="IsDebit"/>; otherwise it credits it), <see cref="AmountIdr"/> in whole Rupiah, when it was posted, and
/// the booking it belongs to. What a statement of the account needs, without the rest of the line.
/// </summary>
public readonly record struct AccountMovement(LedgerEntryKind Kind, bool IsDebit, long AmountIdr, DateTimeOffset PostedAt, Guid? BookingId);
