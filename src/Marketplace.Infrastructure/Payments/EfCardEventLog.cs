using Marketplace.Application.Payments;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Persistence.Entries;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Payments;

internal sealed class EfCardEventLog(MarketplaceDbContext db) : ICardEventLog
{
    public Task<bool> HasAsync(string eventId, CancellationToken cancellationToken) =>
        db.CardEvents.AnyAsync(e => e.Id == eventId, cancellationToken);

    public void Add(CardEvent cardEvent, DateTimeOffset receivedAt) =>
        db.CardEvents.Add(new CardEventRecord { Id = cardEvent.EventId, Kind = cardEvent.Kind, ProcessorPaymentId = cardEvent.ProcessorPaymentId, ReceivedAt = receivedAt });
}
