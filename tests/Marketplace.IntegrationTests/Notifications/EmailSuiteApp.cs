using System.Globalization;
using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Notifications;
using Marketplace.Infrastructure.Outbox;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Notifications;

/// <summary>
/// The app with a test outbox message that sends a given email, short waits between attempts and many of them,
/// on the email adapter its settings choose. With a <see cref="FakeSendGrid"/>, email goes through SendGrid's client to it.
/// </summary>
public sealed class EmailSuiteApp(TestDatabase database, FakeSendGrid? sendGrid) : MarketplaceAppFactory(database)
{
    /// <summary>Enough for a test to see an email fail, mend the cause and see it sent before it would become a dead letter.</summary>
    public const int MaxAttempts = 50;

    public FakeSendGrid? SendGrid { get; } = sendGrid;

    /// <summary>Enqueues <paramref name="email"/> through the outbox, as a use case would; returns its message id (the email's id).</summary>
    public Task<Guid> EnqueueAsync(Email email) => InScopeAsync(async services =>
    {
        services.GetRequiredService<IOutbox>().Enqueue(new SuiteEmail(email));
        var db = services.GetRequiredService<MarketplaceDbContext>();
        await db.SaveChangesAsync();
        return await db.OutboxMessages.Where(m => m.Type == SuiteEmail.Name).OrderByDescending(m => m.OccurredAt).Select(m => m.Id).FirstAsync();
    });

    /// <summary>The outbox row of <paramref name="id"/> as stored now.</summary>
    public Task<OutboxMessage> MessageAsync(Guid id) =>
        InScopeAsync(services => services.GetRequiredService<MarketplaceDbContext>().OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));

    /// <summary>Waits until message <paramref name="id"/> meets <paramref name="condition"/> and returns it.</summary>
    public async Task<OutboxMessage> WhenAsync(Guid id, Func<OutboxMessage, bool> condition, string what)
    {
        OutboxMessage? found = null;
        await Eventually.TrueAsync(async () => condition(found = await MessageAsync(id)), $"message {id} {what}");
        return found!;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Outbox:MaxAttempts", MaxAttempts.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Outbox:MaxBackoff", "00:00:00.200");
        builder.UseSetting("Outbox:PollInterval", "00:00:00.050");
        if (SendGrid is not null)
        {
            builder.UseSetting("Email:Sender", "SendGrid");
            builder.UseSetting("Email:SendGrid:ApiKey", FakeSendGrid.ApiKey);
            builder.UseSetting("Email:SendGrid:Host", SendGrid.BaseAddress.AbsoluteUri);
            builder.UseSetting("Email:SendGrid:WebhookPublicKey", SendGrid.WebhookPublicKey);
        }

        builder.ConfigureTestServices(services => services.AddOutboxHandler<SuiteEmail, SuiteEmailHandler>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (SendGrid is not null)
        {
            await SendGrid.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>A test message: send this email, with the message's id as its own.</summary>
[OutboxMessage(Name)]
public sealed record SuiteEmail(Email Email)
{
    public const string Name = "test-suite-email";
}

public sealed class SuiteEmailHandler(INotificationSender sender) : IOutboxHandler<SuiteEmail>
{
    public Task HandleAsync(SuiteEmail message, Guid messageId, CancellationToken cancellationToken) =>
        sender.SendAsync(message.Email with { Id = messageId }, cancellationToken);
}
