using Mediator;
using Microsoft.Extensions.Logging;

namespace Marketplace.Application.Notifications.Delivery;

/// <summary>
/// The email service's event webhook: <see cref="Body"/> exactly as received with its signature headers. Every bounce,
/// drop or spam report marks its address undeliverable; a replay or a late duplicate changes nothing.
/// </summary>
public sealed record ReceiveEmailEvents(string Body, string? Signature, string? Timestamp) : ICommand;

public sealed partial class ReceiveEmailEventsHandler(IEmailEventReader reader, IUndeliverableAddresses undeliverable, TimeProvider clock, ILogger<ReceiveEmailEventsHandler> logger)
    : ICommandHandler<ReceiveEmailEvents>
{
    public async ValueTask<Unit> Handle(ReceiveEmailEvents command, CancellationToken cancellationToken)
    {
        // One batch may name an address twice (a bounce and then a drop): the second report updates the first.
        var marked = new Dictionary<string, UndeliverableAddress>();
        foreach (var failure in reader.Read(command.Body, command.Signature, command.Timestamp))
        {
            var key = UndeliverableAddress.KeyOf(failure.Address);
            var at = failure.At ?? clock.GetUtcNow();
            if ((marked.GetValueOrDefault(key) ?? await undeliverable.FindAsync(key, cancellationToken)) is { } known)
            {
                known.ReportAgain(failure.Reason, failure.Detail, failure.EmailId, at);
                marked[key] = known;
                continue;
            }

            var address = UndeliverableAddress.Report(failure.Address, failure.Reason, failure.Detail, failure.EmailId, at);
            undeliverable.Add(address);
            marked[key] = address;
            LogMarked(logger, failure.EmailId, failure.Reason);
        }

        return Unit.Value;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "An address is undeliverable now ({Reason}), reported for email {EmailId}")]
    private static partial void LogMarked(ILogger logger, Guid? emailId, UndeliverableReason reason);
}
