using FluentValidation;
using Marketplace.Application.Accounts;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Common.Validation;
using Marketplace.Application.Complaints.View;
using Marketplace.Application.Listings;
using Marketplace.Application.Notifications;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Complaints.Resolve;

/// <summary>An admin takes an open complaint up (409 when it is not open; 404 when there is none).</summary>
public sealed record InvestigateComplaint(Guid ComplaintId) : ICommand<ComplaintView>;

/// <summary>
/// An admin closes a complaint with an <paramref name="Outcome"/> and words the family reads
/// (<paramref name="Resolution"/>, at most <see cref="Complaint.NoteMaxLength"/> characters). With
/// <paramref name="SuspendProvider"/> (upheld only), the caregiver or listing complained about is suspended with
/// <paramref name="SuspensionReason"/>, which its provider is emailed: out of search, no new bookings. The family is
/// emailed the outcome. 409 when it is resolved already or the provider cannot be suspended.
/// </summary>
public sealed record ResolveComplaint(Guid ComplaintId, ComplaintOutcome? Outcome, string? Resolution, bool SuspendProvider, string? SuspensionReason)
    : ICommand<ComplaintView>;

public sealed class ResolveComplaintValidator : AbstractValidator<ResolveComplaint>
{
    public ResolveComplaintValidator()
    {
        RuleFor(c => c.Outcome).NotNull().IsDefined();
        RuleFor(c => c.Resolution).NotEmpty().MaximumLength(Complaint.NoteMaxLength);
        RuleFor(c => c.SuspensionReason).NotEmpty().When(c => c.SuspendProvider).MaximumLength(Suspension.ReasonMaxLength);
    }
}

public sealed class ResolveComplaintHandler(
    ICurrentUser currentUser, IComplaintRepository complaints, ICaregiverRepository caregivers, IListingRepository listings,
    IOutbox outbox, TimeProvider clock)
    : ICommandHandler<InvestigateComplaint, ComplaintView>, ICommandHandler<ResolveComplaint, ComplaintView>
{
    public async ValueTask<ComplaintView> Handle(InvestigateComplaint command, CancellationToken cancellationToken)
    {
        var complaint = await ComplaintAsync(command.ComplaintId, cancellationToken);
        complaint.Investigate(clock.GetUtcNow());
        return ComplaintView.Of(complaint);
    }

    public async ValueTask<ComplaintView> Handle(ResolveComplaint command, CancellationToken cancellationToken)
    {
        var complaint = await ComplaintAsync(command.ComplaintId, cancellationToken);
        var now = clock.GetUtcNow();
        complaint.Resolve(command.Outcome!.Value, command.Resolution!, command.SuspendProvider, now);
        if (command.SuspendProvider)
        {
            var suspension = new Suspension(now, command.SuspensionReason!.Trim(), complaint.Id);
            await SuspendAsync(complaint, suspension, cancellationToken);
            outbox.Enqueue(new ProviderSuspensionChanged(complaint.ProviderUserId, complaint.ProviderName, suspension.Reason));
        }

        outbox.Enqueue(new ComplaintResolved(complaint.Id));
        return ComplaintView.Of(complaint);
    }

    private async Task SuspendAsync(Complaint complaint, Suspension suspension, CancellationToken cancellationToken)
    {
        if (complaint.CaregiverId is { } caregiverId)
        {
            var caregiver = await caregivers.FindAsync(caregiverId, cancellationToken) ?? throw new NotFoundException("Caregiver", caregiverId);
            caregiver.Suspend(suspension);
        }
        else
        {
            var listing = await listings.FindAsync(complaint.ListingId!.Value, cancellationToken) ?? throw new NotFoundException("Listing", complaint.ListingId.Value);
            listing.Suspend(suspension);
        }
    }

    private async Task<Complaint> ComplaintAsync(Guid id, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin handles complaints.");
        return await complaints.FindAsync(id, cancellationToken) ?? throw new NotFoundException("Complaint", id);
    }
}
