using Marketplace.Infrastructure.Persistence;

namespace Marketplace.IntegrationTests.Persistence;

public sealed class WriteTurnsTests
{
    [Fact]
    public async Task OnSqlite_ASecondWriter_WaitsUntilTheFirstIsDone()
    {
        var turns = new WriteTurns(serialize: true);
        var first = await turns.TakeAsync(CancellationToken.None);

        var second = turns.TakeAsync(CancellationToken.None);
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task OnAServer_WritersDoNotWait()
    {
        var turns = new WriteTurns(serialize: false);

        using var first = await turns.TakeAsync(CancellationToken.None);

        Assert.True(turns.TakeAsync(CancellationToken.None).IsCompletedSuccessfully);
    }
}
