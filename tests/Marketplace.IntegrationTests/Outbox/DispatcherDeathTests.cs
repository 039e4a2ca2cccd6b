using Marketplace.Application.Notifications;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Outbox;

/// <summary>
/// The app instance that committed an email dies while its dispatcher is sending it, before or after the email left;
/// another instance, started on the same database and mail folder, finishes the work once the dead one's lease ends.
/// The person gets the email exactly once, and its link works.
/// </summary>
/// <remarks>
/// The fixture's own app is never started (a <see cref="WebApplicationFactory{T}"/> starts on first use), so the two
/// instances made here are the only dispatchers. Disposing the first stops its host, cancelling the send it hangs in:
/// what the database keeps is what a killed process leaves, a message claimed and never marked sent.
/// </remarks>
public abstract class DispatcherDeathTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnInstanceKilledWhileSendingASignUpEmail_LeavesItToTheNext_WhichSendsItOnce(bool afterTheEmailLeft)
    {
        var email = $"mati-{Guid.NewGuid():N}@contoh.id";
        var dying = new DyingSender(afterTheEmailLeft);
        var first = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => dying.StandBefore(services)));
        (await first.CreateClient().PostJsonAsync("/api/v1/auth/register", new { email, password = Accounts.Password, role = "family", fullName = "Uji Mati", language = "id" }))
            .EnsureSuccessStatusCode();
        await dying.Reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(afterTheEmailLeft ? 1 : 0, app.MessagesTo(email).Count());

        await first.DisposeAsync();

        await using var next = app.WithWebHostBuilder(_ => { });
        var claimed = await SignUpMessageAsync(next, email);
        Assert.Null(claimed.ProcessedAt);
        Assert.NotNull(claimed.LockedUntil);
        using (app.Clock.TravelTo(claimed.LockedUntil!.Value.AddSeconds(1)))
        {
            await Eventually.FoundAsync(async () => (await SignUpMessageAsync(next, email)).ProcessedAt is null ? null : "sent", "the next instance did not send the email");
        }

        var sent = Assert.Single(app.MessagesTo(email));
        Assert.StartsWith(claimed.Id.ToString(), sent.MessageId, StringComparison.Ordinal);
        var link = await app.ConfirmationLinkAsync(email);
        var pages = next.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var confirmed = await pages.ConfirmOnPagesAsync(link, Accounts.Password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, confirmed.StatusCode);
    }

    private static async Task<Infrastructure.Outbox.OutboxMessage> SignUpMessageAsync(WebApplicationFactory<Program> instance, string email)
    {
        await using var scope = instance.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Type == "sign-up-email" && m.Payload.Contains(userId.ToString()));
    }

    /// <summary>Stands before the app's email sender and never returns: the process dies here, before or after the email went.</summary>
    private sealed class DyingSender(bool afterTheEmailLeft)
    {
        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private bool AfterTheEmailLeft { get; } = afterTheEmailLeft;

        public void StandBefore(IServiceCollection services)
        {
            var app = services.Last(d => d.ServiceType == typeof(INotificationSender));
            services.AddScoped<INotificationSender>(provider => new Hanging(this, (INotificationSender)app.ImplementationFactory!(provider)));
        }

        private sealed class Hanging(DyingSender dying, INotificationSender app) : INotificationSender
        {
            public async Task SendAsync(Email email, CancellationToken cancellationToken)
            {
                if (dying.AfterTheEmailLeft)
                {
                    await app.SendAsync(email, cancellationToken);
                }

                dying.Reached.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
        }
    }
}

public sealed class DispatcherDeathOnSqlite(SqliteAppFactory app) : DispatcherDeathTests<SqliteAppFactory>(app);

public sealed class DispatcherDeathOnPostgres(PostgresAppFactory app) : DispatcherDeathTests<PostgresAppFactory>(app);
