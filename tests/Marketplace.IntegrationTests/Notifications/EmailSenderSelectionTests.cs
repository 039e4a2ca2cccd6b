using Marketplace.Application.Notifications;
using Marketplace.Application.Notifications.Delivery;
using Marketplace.Application.Notifications.Inbox;
using Marketplace.Infrastructure.Notifications;
using Marketplace.TestSupport;
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
        using var provider = InfrastructureServices.With([]);
        using var scope = provider.CreateScope();

        Assert.IsType<InAppCopy>(scope.ServiceProvider.GetRequiredService<INotificationSender>());
        Assert.NotNull(provider.GetService<PickupFolderEmailSender>());
        Assert.Null(provider.GetService<SendGridEmailSender>());
    }

    [Fact]
    public void SendGrid_SendsWhenConfigured()
    {
        using var provider = InfrastructureServices.With(new() { ["Email:Sender"] = "SendGrid", ["Email:SendGrid:ApiKey"] = "SG.key" });
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
            using var provider = InfrastructureServices.With(new() { [setting] = value });
            provider.GetRequiredService<IEmailEventReader>();
        });

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }
}
