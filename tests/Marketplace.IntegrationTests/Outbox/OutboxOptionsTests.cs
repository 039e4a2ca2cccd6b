using Marketplace.Infrastructure.Outbox;
using Marketplace.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Marketplace.IntegrationTests.Outbox;

/// <summary>The dispatcher's settings: four messages at a time by default; a count below one stops the start, naming the setting.</summary>
public sealed class OutboxOptionsTests
{
    [Fact]
    public void ByDefault_FourClaimedMessagesArePerformedAtOnce()
    {
        using var provider = InfrastructureServices.With([]);

        Assert.Equal(4, provider.GetRequiredService<IOptions<OutboxOptions>>().Value.Concurrency);
    }

    [Theory]
    [InlineData("Outbox:Concurrency", "0")]
    [InlineData("Outbox:Concurrency", "-1")]
    [InlineData("Outbox:BatchSize", "0")]
    public void ACountBelowOne_StopsTheStart_NamingIt(string setting, string value)
    {
        using var provider = InfrastructureServices.With(new() { [setting] = value });

        var failure = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IOptions<OutboxOptions>>().Value);

        Assert.Contains(setting, failure.Message, StringComparison.Ordinal);
    }
}
