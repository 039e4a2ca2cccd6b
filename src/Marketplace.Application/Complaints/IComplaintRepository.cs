namespace Marketplace.Application.Complaints;

public interface IComplaintRepository
{
    void Add(Complaint complaint);

    Task<Complaint?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<Complaint?> FindByBookingAsync(Guid bookingId, CancellationToken cancellationToken);

    /// <summary>
    /// Complaints for the admins' queue, at most <paramref name="limit"/> after the first <paramref name="skip"/>: with <paramref name="status"/> only those,
    /// else every one; unresolved before resolved, safety first among them, then oldest filed first.
    /// </summary>
    Task<IReadOnlyList<Complaint>> ListAsync(ComplaintStatus? status, int skip, int limit, CancellationToken cancellationToken);

    /// <summary>How many complaints <see cref="ListAsync"/> lists for <paramref name="status"/>, its skip and limit aside.</summary>
    Task<int> CountAsync(ComplaintStatus? status, CancellationToken cancellationToken);
}
