using Marketplace.Application.Common.Outbox;
using Mediator;

namespace Marketplace.Application.Accounts.PausedSignIns;

/// <summary>
/// A client failed to sign in to an address so often that its sign-ins to that address now wait (the sign-in
/// throttle's pause: no account is ever locked, so nobody can lock its owner out). The owner of the address's account
/// is emailed. The email is queued for every address, with or without an account, and the outbox looks the account up
/// after the answer has gone: the answer to the sign-in and its time tell nothing about who is registered.
/// </summary>
/// <param name="Email">The address the sign-ins were made to, as they gave it.</param>
/// <param name="Client">The client that failed: an IP address, or an IPv6 /64 network (<c>2001:db8:aa:bb::/64</c>).</param>
/// <param name="Failures">How many failed sign-ins paused it.</param>
/// <param name="WaitMinutes">How many minutes its sign-ins to the address wait, as its refusals say.</param>
public sealed record ReportPausedSignIns(string Email, string Client, int Failures, long WaitMinutes) : ICommand;

public sealed class ReportPausedSignInsHandler(IOutbox outbox, TimeProvider clock) : ICommandHandler<ReportPausedSignIns>
{
    public ValueTask<Unit> Handle(ReportPausedSignIns command, CancellationToken cancellationToken)
    {
        outbox.Enqueue(new PausedSignInsEmail(AccountEmail.Normalize(command.Email), command.Client, command.Failures, command.WaitMinutes, clock.GetUtcNow()));
        return ValueTask.FromResult(Unit.Value);
    }
}
