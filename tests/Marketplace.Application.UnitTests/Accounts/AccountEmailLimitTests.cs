using Marketplace.Application.Accounts.PausedSignIns;
using Marketplace.Application.Accounts.Register;

namespace Marketplace.Application.UnitTests.Accounts;

public sealed class AccountEmailLimitTests
{
    [Fact]
    public async Task SendsToOneAccountSideBySide_StopAtTheLimit_EvenWhenNoneHasFinished()
    {
        using var limit = new SignUpEmailLimit();
        var account = Guid.NewGuid();
        var mailServer = new TaskCompletionSource();
        var sendsStarted = 0;

        var attempts = Enumerable.Range(0, SignUpEmailLimit.PerHour + 3)
            .Select(_ => limit.SendWithinAsync(account, async () =>
            {
                Interlocked.Increment(ref sendsStarted);
                await mailServer.Task;
            }, CancellationToken.None))
            .ToList();
        mailServer.SetResult();
        var sent = await Task.WhenAll(attempts);

        Assert.Equal(SignUpEmailLimit.PerHour, sent.Count(s => s));
        Assert.Equal(SignUpEmailLimit.PerHour, sendsStarted);
    }

    [Fact]
    public async Task ASendThatFailed_IsNotCounted()
    {
        using var limit = new PausedSignInsEmailLimit(TimeSpan.FromMinutes(15));
        var account = Guid.NewGuid();

        await Assert.ThrowsAsync<IOException>(() => limit.SendWithinAsync(account, () => throw new IOException("mail server down"), CancellationToken.None));

        Assert.True(await limit.SendWithinAsync(account, () => Task.CompletedTask, CancellationToken.None));
        Assert.False(await limit.SendWithinAsync(account, () => Task.CompletedTask, CancellationToken.None));
        Assert.True(await limit.SendWithinAsync(Guid.NewGuid(), () => Task.CompletedTask, CancellationToken.None));
    }
}
