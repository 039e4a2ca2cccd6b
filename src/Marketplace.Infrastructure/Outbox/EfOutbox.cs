using Marketplace.Application.Common.Outbox;
using Marketplace.Infrastructure.Persistence;

namespace Marketplace.Infrastructure.Outbox;

/// <summary>Adds messages to the command's DbContext, so they commit (or roll back) with its changes.</summary>
internal sealed class EfOutbox(MarketplaceDbContext db, TimeProvider clock) : IOutbox
{
    public void Enqueue<T>(T message)
        where T : class => db.OutboxMessages.Add(OutboxMessage.For(message, clock.GetUtcNow()));
}
