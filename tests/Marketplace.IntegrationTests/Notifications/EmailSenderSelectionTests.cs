using Marketplace.Application.Notifications;
using Marketplace.Application.Notifications.Delivery;
using Marketplace.Application.Notifications.Inbox;
using Marketplace.Infrastructure;
using Marketplace.Infrastructure.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Notifications;

/// <summary>
/// <c>Email:Sender</c> picks the adapter behind the email port; SendGrid without its key, or a verification key that is
/// not one, stops the app from starting with the name of the setting to fix.
/// </summary>
public sealed class EmailSenderSelectionTests
{
    [Fact]
    public void ThePickupFolder_IsTheDefault()
    {
        using var provider = Services([]);
        using var scope = provider.CreateScope();

        Assert.IsType<InAppCopy>(scope.ServiceProvider.GetRequiredService<INotificationSender>());
        Assert.NotNull(provider.GetService<PickupFolderEmailSender>());
        Assert.Null(provider.GetService<SendGridEmailSender>());
    }

    [Fact]
    public void SendGrid_SendsWhenConfigured()
    {
        using var provider = Services(new() { ["Email:Sender"] = "SendGrid", ["Email:SendGrid:ApiKey"] = "SG.key" });
        using var scope = provider.CreateScope();

        Assert.IsType<InAppCopy>(scope.ServiceProvider.GetRequiredService<INotificationSender>());
        Assert.NotNull(provider.GetService<SendGridEmailSender>());
        Assert.Null(provider.GetService<PickupFolderEmailSender>());
    }

    [Theory]
    [InlineData("Email:SendGrid:ApiKey", "Email:Sender", "SendGrid")]
    [InlineData("Email:SendGrid:WebhookPublicKey", "Email:SendGrid:WebhookPublicKey", "bukan-kunci")]
    [InlineData("Email:From", "Email:From", "Peduli tanpa alamat")]
    public void AMissingOrWrongSetting_StopsTheStart_NamingIt(string named, string setting, string value)
    {
        var failure = Assert.Throws<InvalidOperationException>(() =>
        {
            using var provider = Services(new() { [setting] = value });
            provider.GetRequiredService<IEmailEventReader>();
        });

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var folder = Directory.CreateTempSubdirectory("peduli-email-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddInfrastructure(configuration, new DataPathOptions { Root = folder })
            .BuildServiceProvider();
    }
}
