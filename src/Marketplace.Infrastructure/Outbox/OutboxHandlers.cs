using System.Text.Json;
using Marketplace.Application.Common.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Infrastructure.Outbox;

/// <summary>
/// Which handler performs which message type, registered with <see cref="OutboxRegistration.AddOutboxHandler{TMessage, THandler}"/>
/// (one message at a time) or <see cref="OutboxRegistration.AddOutboxBatchHandler{TMessage, THandler}"/> (all of a round's at once).
/// </summary>
public sealed class OutboxHandlers
{
    private readonly Dictionary<string, Func<IServiceProvider, IReadOnlyList<OutboxMessage>, CancellationToken, Task>> _byType = [];
    private readonly HashSet<string> _batched = [];

    /// <summary>The stable name rows of <paramref name="type"/> carry (its <see cref="OutboxMessageAttribute"/>).</summary>
    public static string TypeName(Type type) =>
        type.GetCustomAttributes(typeof(OutboxMessageAttribute), inherit: false) is [OutboxMessageAttribute named]
            ? named.Name
            : throw new InvalidOperationException($"The outbox message {type.Name} needs an [OutboxMessage(\"name\")]: rows are routed by a stable name.");

    /// <summary>The message types this instance can perform.</summary>
    internal IReadOnlyCollection<string> Types => _byType.Keys;

    /// <summary>
    /// What the dispatcher performs together: every claimed message of a batched type as one piece of work, each of
    /// any other type alone. Pieces keep the order of <paramref name="claimed"/> within them.
    /// </summary>
    internal IEnumerable<IReadOnlyList<OutboxMessage>> Batches(IEnumerable<OutboxMessage> claimed) =>
        claimed.GroupBy(m => (m.Type, Alone: _batched.Contains(m.Type) ? Guid.Empty : m.Id))
            .Select(IReadOnlyList<OutboxMessage> (batch) => [.. batch]);

    internal void Register<TMessage>()
        where TMessage : class =>
        Add<TMessage>(batched: false, (services, messages, cancellationToken) => messages is [var message]
            ? services.GetRequiredService<IOutboxHandler<TMessage>>().HandleAsync(Payload<TMessage>(message), message.Id, cancellationToken)
            : throw new InvalidOperationException($"Outbox messages of type {messages[0].Type} are performed one at a time."));

    internal void RegisterBatch<TMessage>()
        where TMessage : class =>
        Add<TMessage>(batched: true, (services, messages, cancellationToken) =>
            services.GetRequiredService<IOutboxBatchHandler<TMessage>>().HandleAsync([.. messages.Select(Payload<TMessage>)], cancellationToken));

    /// <summary>
    /// Performs <paramref name="messages"/>, all of one type (one message unless the type is batched), with services of
    /// <paramref name="services"/>' scope.
    /// </summary>
    internal Task PerformAsync(IServiceProvider services, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken) =>
        _byType.TryGetValue(messages[0].Type, out var perform)
            ? perform(services, messages, cancellationToken)
            : throw new InvalidOperationException($"No handler is registered for outbox messages of type {messages[0].Type}.");

    private static TMessage Payload<TMessage>(OutboxMessage message)
        where TMessage : class =>
        JsonSerializer.Deserialize<TMessage>(message.Payload, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload.");

    private void Add<TMessage>(bool batched, Func<IServiceProvider, IReadOnlyList<OutboxMessage>, CancellationToken, Task> perform)
    {
        var name = TypeName(typeof(TMessage));
        if (!_byType.TryAdd(name, perform))
        {
            throw new InvalidOperationException($"Two outbox messages are named '{name}'; each kind needs a name of its own.");
        }

        if (batched)
        {
            _batched.Add(name);
        }
    }
}

public static class OutboxRegistration
{
    /// <summary>Registers <typeparamref name="THandler"/> as the one handler of <typeparamref name="TMessage"/>.</summary>
    public static IServiceCollection AddOutboxHandler<TMessage, THandler>(this IServiceCollection services)
        where TMessage : class
        where THandler : class, IOutboxHandler<TMessage>
    {
        services.AddScoped<IOutboxHandler<TMessage>, THandler>();
        services.Configure<OutboxHandlerRegistrations>(registrations => registrations.Add(handlers => handlers.Register<TMessage>()));
        return services;
    }

    /// <summary>Registers <typeparamref name="THandler"/> as the one handler of <typeparamref name="TMessage"/>, given all of a round's at once.</summary>
    public static IServiceCollection AddOutboxBatchHandler<TMessage, THandler>(this IServiceCollection services)
        where TMessage : class
        where THandler : class, IOutboxBatchHandler<TMessage>
    {
        services.AddScoped<IOutboxBatchHandler<TMessage>, THandler>();
        services.Configure<OutboxHandlerRegistrations>(registrations => registrations.Add(handlers => handlers.RegisterBatch<TMessage>()));
        return services;
    }
}

/// <summary>The registrations collected from DI, applied once when the dispatcher starts.</summary>
public sealed class OutboxHandlerRegistrations : List<Action<OutboxHandlers>>;
