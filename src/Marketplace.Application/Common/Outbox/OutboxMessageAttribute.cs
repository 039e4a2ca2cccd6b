namespace Marketplace.Application.Common.Outbox;

/// <summary>
/// The stable name an outbox message is stored and routed by. A queued row outlives the code that wrote it,
/// so it names its kind by this, never by the .NET type: a class renamed or moved still finds its rows.
/// Use lower-case words joined by hyphens, and never change a name once messages carry it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class OutboxMessageAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
