using Marketplace.Application.Accounts;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Families;
using Marketplace.Application.Listings;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Complaints.View;

/// <summary>One complaint for an admin (404 when there is none), with the provider's suspension as it stands now; the read is logged.</summary>
public sealed record GetComplaint(Guid ComplaintId) : IQuery<ComplaintCase>;

/// <param name="ProviderSuspension">The provider's suspension now (from this complaint or another); null when it is not suspended.</param>
public sealed record ComplaintCase(ComplaintView Complaint, Suspension? ProviderSuspension);

public sealed class GetComplaintHandler(
    ICurrentUser currentUser, IComplaintRepository complaints, ICaregiverRepository caregivers, IListingRepository listings, IRecipientAccessLog accessLog)
    : IQueryHandler<GetComplaint, ComplaintCase>
{
    public async ValueTask<ComplaintCase> Handle(GetComplaint query, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin handles complaints.");
        var complaint = await complaints.FindAsync(query.ComplaintId, cancellationToken) ?? throw new NotFoundException("Complaint", query.ComplaintId);
        await accessLog.RecordComplaintReadsAsync(currentUser, [complaint], cancellationToken);
        var suspension = complaint.CaregiverId is { } caregiverId
            ? (await caregivers.FindAsync(caregiverId, cancellationToken))?.Suspension
            : (await listings.FindAsync(complaint.ListingId!.Value, cancellationToken))?.Suspension;
        return new ComplaintCase(ComplaintView.Of(complaint), suspension);
    }
}
