using System.Text.Json;
using Marketplace.Application.Common.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Infrastructure.Outbox;

/// <summary>Which handler performs which message type, registered with <see cref="AddOutboxHandler{TMessage, THandler}"/>.</summary>
public sealed class OutboxHandlers
{
    private readonly Dictionary<string, Func<IServiceProvider, OutboxMessage, CancellationToken, Task>> _byType = [];

    /// <summary>The stable name rows of <paramref name="type"/> carry (its <see cref="OutboxMessageAttribute"/>).</summary>
    public static string TypeName(Type type) =>
        type.GetCustomAttributes(typeof(OutboxMessageAttribute), inherit: false) is [OutboxMessageAttribute named]
            ? named.Name
            : throw new InvalidOperationException($"The outbox message {type.Name} needs an [OutboxMessage(\"name\")]: rows are routed by a stable name.");

    /// <summary>The message types this instance can perform.</summary>
    internal IReadOnlyCollection<string> Types => _byType.Keys;

    internal void Register<TMessage>()
        where TMessage : class
    {
        var name = TypeName(typeof(TMessage));
        if (_byType.ContainsKey(name))
        {
            throw new InvalidOperationException($"Two outbox messages are named '{name}'; each kind needs a name of its own.");
        }

        _byType[name] = (services, message, cancellationToken) =>
        {
            var payload = JsonSerializer.Deserialize<TMessage>(message.Payload, JsonSerializerOptions.Web)
                ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload.");
            return services.GetRequiredService<IOutboxHandler<TMessage>>().HandleAsync(payload, message.Id, cancellationToken);
        };
    }

    /// <summary>Performs <paramref name="message"/> with services of <paramref name="services"/>' scope.</summary>
    internal Task PerformAsync(IServiceProvider services, OutboxMessage message, CancellationToken cancellationToken) =>
        _byType.TryGetValue(message.Type, out var perform)
            ? perform(services, message, cancellationToken)
            : throw new InvalidOperationException($"No handler is registered for outbox messages of type {message.Type}.");
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
}

/// <summary>The registrations collected from DI, applied once when the dispatcher starts.</summary>
public sealed class OutboxHandlerRegistrations : List<Action<OutboxHandlers>>;
