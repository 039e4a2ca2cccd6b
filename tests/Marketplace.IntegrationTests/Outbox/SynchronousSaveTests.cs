using Marketplace.Application.Bookings;
using Marketplace.Infrastructure.Outbox;
using Marketplace.Infrastructure.Persistence;
using Marketplace.IntegrationTests.Payments;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Outbox;

/// <summary>
/// A synchronous <c>SaveChanges</c> writes what the change recorded just as the asynchronous one does: every save
/// interceptor of the outbox covers both, so no caller can save a change without its emails or its ledger lines.
/// </summary>
public sealed class SynchronousSaveTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task ALateCancellationSavedSynchronously_WritesItsOutboxMessageAndLedgerLines()
    {
        var booking = await app.AcceptedWeeklyAsync();
        await booking.Family.ConfirmOfflineAsync(booking.Id);

        await app.InScopeAsync(services =>
        {
            var db = services.GetRequiredService<MarketplaceDbContext>();
            var stored = db.Bookings.Single(b => b.Id == booking.Id);
            stored.Cancel(BookingSide.Family, booking.Start.AddHours(-5));
            db.SaveChanges();
            return Task.FromResult(0);
        });

        var (lines, cancelled) = await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<MarketplaceDbContext>();
            var messages = await db.OutboxMessages.AsNoTracking().Where(m => m.Type == OutboxHandlers.TypeName(typeof(BookingEvent))).ToListAsync();
            return (await db.LedgerEntries.CountAsync(e => e.BookingId == booking.Id),
                messages.Count(m => m.Payload.Contains(booking.Id.ToString(), StringComparison.Ordinal) && m.Payload.Contains($"\"kind\":{(int)BookingEventKind.Cancelled}", StringComparison.Ordinal)));
        });
        Assert.Equal((2, 1), (lines, cancelled));
        Assert.Equal((60_000, -54_000, -6_000, 0), await app.BalancesAsync(booking));
    }
}
