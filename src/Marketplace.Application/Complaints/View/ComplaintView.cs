namespace Marketplace.Application.Complaints.View;

/// <summary>
/// A complaint as its family and admins see it: what it is about, where it stands, and (once resolved) the
/// outcome, the admin's words and whether the provider was suspended. <see cref="CaregiverId"/> or
/// <see cref="ListingId"/> names the provider complained about.
/// </summary>
public sealed record ComplaintView(
    Guid Id, Guid BookingId, string ProviderName, Guid? CaregiverId, Guid? ListingId, ComplaintCategory Category,
    string Description, DateTimeOffset FiledAt, ComplaintStatus Status, DateTimeOffset? InvestigatingSince,
    ComplaintOutcome? Outcome, string? Resolution, DateTimeOffset? ResolvedAt, bool SuspendedProvider)
{
    public static ComplaintView Of(Complaint complaint) => new(
        complaint.Id, complaint.BookingId, complaint.ProviderName, complaint.CaregiverId, complaint.ListingId, complaint.Category,
        complaint.Description, complaint.FiledAt, complaint.Status, complaint.InvestigatingSince,
        complaint.Outcome, complaint.Resolution, complaint.ResolvedAt, complaint.SuspendedProvider);
}
