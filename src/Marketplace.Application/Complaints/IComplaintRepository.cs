namespace Marketplace.Application.Complaints;

public interface IComplaintRepository
{
    void Add(Complaint complaint);

    Task<Complaint?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<Complaint?> FindByBookingAsync(Guid bookingId, CancellationToken cancellationToken);

    /// <summary>
    /// Complaints for the admins' queue, at most <paramref name="limit"/>: with <paramref name="status"/> only those,
    /// else every one; unresolved before resolved, safety first among them, then oldest filed first.
    /// </summary>
    Task<IReadOnlyList<Complaint>> ListAsync(ComplaintStatus? status, int limit, CancellationToken cancellationToken);
}
