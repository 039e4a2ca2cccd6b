using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Families;

namespace Marketplace.Application.Complaints.View;

/// <summary>The access-log entries for showing complaints: their words may tell of harm done to the person cared for.</summary>
public static class ComplaintReads
{
    /// <summary>Writes to <paramref name="accessLog"/> one entry per complaint shown to <paramref name="currentUser"/> (an admin, or the family).</summary>
    public static Task RecordComplaintReadsAsync(
        this IRecipientAccessLog accessLog, ICurrentUser currentUser, IEnumerable<Complaint> complaints, CancellationToken cancellationToken)
    {
        var purpose = currentUser.IsInRole(AccountRoles.Admin) ? AccessPurpose.AdminSupport : AccessPurpose.OwnFamily;
        return accessLog.RecordAsync(
            HealthDataReader.Of(currentUser),
            [.. complaints.Select(c => new HealthDataRead(c.RecipientId, HealthRecord.Complaint, c.Id, purpose))],
            cancellationToken);
    }
}
