using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Families;
using Mediator;

namespace Marketplace.Application.Bookings.View;

/// <summary>
/// A command that changes a booking (answer, check-in, check-out, move, cancel…) answers with the booking, visit
/// logs included, so its answer is a read of health data like <see cref="GetBooking"/>, and is access-logged the
/// same way: the caller's side says why (own family, providing care), an admin reads for support, and anyone else
/// entitled to act on it (a care manager) for oversight. Runs outside the command's transaction, after it committed:
/// only what was really shown is written.
/// </summary>
public sealed class VisitLogAnswers<TMessage, TResponse>(ICurrentUser currentUser, IRecipientAccessLog accessLog)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        if (response is BookingView view && view.Visits.Any(visit => visit.Log is not null))
        {
            var purpose = view.You switch
            {
                BookingSide.Family => AccessPurpose.OwnFamily,
                BookingSide.Provider => AccessPurpose.ProvidingCare,
                _ when currentUser.IsInRole(AccountRoles.Admin) => AccessPurpose.AdminSupport,
                _ => AccessPurpose.CareManagerOversight,
            };
            await accessLog.RecordAsync(
                HealthDataReader.Of(currentUser), [new HealthDataRead(view.RecipientId, HealthRecord.VisitLog, view.Id, purpose)], cancellationToken);
        }

        return response;
    }
}
