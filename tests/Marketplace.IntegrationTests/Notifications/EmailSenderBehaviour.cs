using Marketplace.Application.Notifications;
using Marketplace.Application.Notifications.Delivery;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Notifications;

/// <summary>
/// What every email adapter must do, through the outbox as the app uses it: deliver every part of an email (recipient,
/// subject, text and HTML, category, id), the one-click unsubscribe headers only on an optional email, try a failing
/// send again until the service recovers and then deliver it once, park an email the service refuses as a dead letter
/// at once, deliver an email handled twice once, and send nothing to an address reported undeliverable. Each adapter
/// runs it through a subclass that says how to read what it delivered and how to make its service fail.
/// </summary>
public abstract class EmailSenderBehaviour : IAsyncLifetime
{
    protected EmailSuiteApp App { get; private set; } = null!;

    public async Task InitializeAsync() => App = await StartAppAsync();

    public async Task DisposeAsync() => await App.DisposeAsync();

    /// <summary>The app on the adapter under test.</summary>
    protected abstract Task<EmailSuiteApp> StartAppAsync();

    /// <summary>What the adapter delivered for email <paramref name="emailId"/>: one entry per delivery.</summary>
    protected abstract IReadOnlyList<DeliveredEmail> Delivered(Guid emailId);

    /// <summary>Makes the adapter's service fail as it does for a while (SendGrid: 429; the pickup folder: no folder to write to).</summary>
    protected abstract void BreakService();

    protected abstract void MendService();

    [Fact]
    public async Task AnEmail_ArrivesWithItsRecipientSubjectBothBodiesCategoryAndId()
    {
        var id = await App.EnqueueAsync(Sample("ibu.sitti@contoh.id"));

        await App.WhenAsync(id, m => m.ProcessedAt is not null, "was not sent");

        var sent = Assert.Single(Delivered(id));
        Assert.Equal("ibu.sitti@contoh.id", sent.To);
        Assert.Equal("Pesanan untuk Ibu Sitti — dikonfirmasi", sent.Subject);
        Assert.Equal("Halo Ibu Sitti,\n\nPesanan Anda & jadwalnya: Rp 150.000.\n", sent.Text.ReplaceLineEndings("\n"));
        Assert.Equal("<p>Halo Ibu Sitti,</p>\n<p>Pesanan Anda &amp; jadwalnya: Rp 150.000.</p>\n", sent.Html.ReplaceLineEndings("\n"));
        Assert.Equal("booking-confirmed", sent.Category);
        Assert.Equal(id, sent.EmailId);
        Assert.DoesNotContain(sent.Headers.Keys, name => name.StartsWith("List-Unsubscribe", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AnOptionalEmail_CarriesTheOneClickUnsubscribeHeaders()
    {
        var unsubscribe = new Uri("http://localhost/unsubscribe?token=abc%2B1");
        var id = await App.EnqueueAsync(Sample("pak.andi@contoh.id") with { UnsubscribeUrl = unsubscribe });

        await App.WhenAsync(id, m => m.ProcessedAt is not null, "was not sent");

        var sent = Assert.Single(Delivered(id));
        Assert.Equal($"<{unsubscribe.AbsoluteUri}>", sent.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", sent.Headers["List-Unsubscribe-Post"]);
    }

    [Fact]
    public async Task WhileTheServiceFails_TheEmailIsTriedAgain_AndOnceItRecovers_ArrivesOnce()
    {
        BreakService();
        var id = await App.EnqueueAsync(Sample("bu.ratna@contoh.id"));
        var failed = await App.WhenAsync(id, m => m.Attempts >= 2, "was not tried twice");
        Assert.Null(failed.DeadAt);
        Assert.Empty(Delivered(id));

        MendService();

        var sent = await App.WhenAsync(id, m => m.ProcessedAt is not null, "was not sent once the service recovered");
        Assert.Null(sent.DeadAt);
        Assert.Single(Delivered(id));
    }

    [Fact]
    public async Task AnEmailTheServiceRefuses_IsADeadLetterAtOnce_ForAnAdminToSee()
    {
        var id = await App.EnqueueAsync(Sample("bukan-alamat"));

        var dead = await App.WhenAsync(id, m => m.DeadAt is not null, "did not become a dead letter");

        Assert.Equal(1, dead.Attempts);
        Assert.Null(dead.ProcessedAt);
        Assert.Empty(Delivered(id));
        var letters = await (await (await App.AdminAsync()).GetAsync("/api/v1/admin/outbox/dead-letters")).ReadJsonAsync();
        Assert.Contains(letters.GetProperty("items").EnumerateArray(), letter => letter.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task AnEmailHandledTwice_ArrivesOnce()
    {
        var email = Sample("kak.dewi@contoh.id") with { Id = Guid.NewGuid() };

        await SendDirectlyAsync(email);
        await SendDirectlyAsync(email);

        Assert.Single(Delivered(email.Id));
    }

    [Fact]
    public async Task NothingIsSent_ToAnAddressReportedUndeliverable()
    {
        await App.InScopeAsync(async services =>
        {
            services.GetRequiredService<IUndeliverableAddresses>().Add(UndeliverableAddress.Report("Hilang@Contoh.id", UndeliverableReason.Bounced, "550 no such user", null, DateTimeOffset.UtcNow));
            return await services.GetRequiredService<MarketplaceDbContext>().SaveChangesAsync();
        });

        var id = await App.EnqueueAsync(Sample("hilang@contoh.id"));

        var done = await App.WhenAsync(id, m => m.ProcessedAt is not null, "was not handled");
        Assert.Null(done.DeadAt);
        Assert.Empty(Delivered(id));
    }

    private static Email Sample(string to) => new(
        Guid.Empty,
        to,
        "Pesanan untuk Ibu Sitti — dikonfirmasi",
        "Halo Ibu Sitti,\n\nPesanan Anda & jadwalnya: Rp 150.000.\n",
        HtmlParagraphs.From("Halo Ibu Sitti,\n\nPesanan Anda & jadwalnya: Rp 150.000.\n"),
        "booking-confirmed");

    private Task<int> SendDirectlyAsync(Email email) => App.InScopeAsync(async services =>
    {
        await services.GetRequiredService<INotificationSender>().SendAsync(email, CancellationToken.None);
        return 0;
    });
}

/// <summary>An email as a reader would receive it, whichever adapter delivered it; header names compare without letter case.</summary>
public sealed record DeliveredEmail(string To, string Subject, string Text, string Html, string Category, Guid? EmailId, IReadOnlyDictionary<string, string> Headers);
