using System.Net;
using Marketplace.Application.Notifications;
using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.ScaleOut;

/// <summary>One of two instances dies mid-work (<c>kill -9</c>: no shutdown, no flush); the other finishes what it left.</summary>
public sealed class InstanceCrashTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    // Fewer than the shared-state suite's 1,000: what is shown here is the hand-over, and every email costs test time.
    private const int Messages = 300;

    [Fact]
    public async Task AnInstanceKilledMidway_LeavesItsMessagesToTheOther_WhichDoesThemAll()
    {
        var applicantId = await instances.DemoCaregiverAccountIdAsync();
        var ids = await instances.EnqueueAsync(Enumerable.Range(0, Messages).Select(i => new VerificationDecided(applicantId, $"Pendamping {i}", Verified: true, Reason: null)));
        var mine = ids.ToHashSet();
        await Eventually.TrueAsync(
            () => Task.FromResult(TwoInstances.EmailsSentBy(instances.A).Count(mine.Contains) >= 50), "instance A sent 50 of the emails", TimeSpan.FromMinutes(1));

        await instances.A.KillAsync();

        // What A had claimed but not finished waits out its lease (15 s here), then B takes it.
        await Eventually.TrueAsync(async () => await instances.ProcessedAsync(ids) == Messages, $"all {Messages} messages processed", TimeSpan.FromMinutes(3));
        var accepted = instances.SendGrid.AcceptedEmailIds().Where(mine.Contains).ToList();
        Assert.Equal(ids.Order(), accepted.Distinct().Order());

        // Delivery is at least once: only an email A handed to SendGrid but died before recording can go twice, and A
        // holds at most one batch (Outbox:BatchSize, 20) at a time.
        var twice = accepted.GroupBy(id => id).Where(sends => sends.Count() > 1).Select(sends => sends.Key).ToList();
        Assert.True(twice.Count <= 20, $"{twice.Count} emails were sent twice");
        Assert.True(instances.A.HasExited);
        using var onB = instances.B.Client();
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/health")).StatusCode);
    }
}
