namespace Marketplace.Application.SharedKernel;

/// <summary>
/// Why and since when the platform stopped a provider (a caregiver or a listing) after an upheld complaint: it is
/// out of search and takes no new bookings until an admin lifts it. The reason is shown to the provider.
/// </summary>
/// <param name="Since">When the admin suspended it (UTC instant).</param>
/// <param name="Reason">The admin's words to the provider, at most <see cref="ReasonMaxLength"/> characters.</param>
/// <param name="ComplaintId">The upheld complaint that led to it.</param>
public sealed record Suspension(DateTimeOffset Since, string Reason, Guid ComplaintId)
{
    public const int ReasonMaxLength = 1000;
}
