using FluentValidation;
using Marketplace.Application.Bookings;
using Marketplace.Application.CarePlans;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Common.Validation;
using Marketplace.Application.Complaints.View;
using Mediator;

namespace Marketplace.Application.Complaints.File;

/// <summary>
/// The family of a booking complains about its care: a category and what happened (1 to
/// <see cref="Complaint.DescriptionMaxLength"/> characters). Once per booking, until
/// <see cref="Complaint.WindowDays"/> days after its last visit. 404 for anyone not a party of the booking, 403 for
/// its provider and admins, 409 when the rules refuse. Admins are told through their queue; the person's care manager
/// through an alert, when the person's care plan watches complaints.
/// </summary>
public sealed record FileComplaint(Guid BookingId, ComplaintCategory? Category, string? Description) : ICommand<ComplaintView>;

public sealed class FileComplaintValidator : AbstractValidator<FileComplaint>
{
    public FileComplaintValidator()
    {
        RuleFor(c => c.Category).NotNull().IsDefined();
        RuleFor(c => c.Description).NotEmpty().MaximumLength(Complaint.DescriptionMaxLength);
    }
}

public sealed class FileComplaintHandler(
    ICurrentUser currentUser, IBookingRepository bookings, IComplaintRepository complaints, CareOversight oversight, TimeProvider clock)
    : ICommandHandler<FileComplaint, ComplaintView>
{
    public async ValueTask<ComplaintView> Handle(FileComplaint command, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForPartyAsync(command.BookingId, currentUser, cancellationToken);
        if (booking.SideOf(currentUser.RequireUserId()) != BookingSide.Family)
        {
            throw new ForbiddenException("Only the family who booked the care files a complaint about it.");
        }

        if (await complaints.FindByBookingAsync(booking.Id, cancellationToken) is not null)
        {
            throw new BusinessRuleException(Complaint.FiledAlready);
        }

        var complaint = Complaint.File(booking, command.Category!.Value, command.Description!, clock.GetUtcNow());
        complaints.Add(complaint);
        await oversight.ObserveAsync(complaint.RecipientId, new CareObservation.Complained(complaint.Id, complaint.Category), cancellationToken);
        return ComplaintView.Of(complaint);
    }
}
