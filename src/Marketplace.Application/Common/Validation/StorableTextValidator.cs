using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Common.Validation;

/// <summary>
/// Every text a use case receives, at any depth of its message (<c>Address.Line</c>, <c>Skills[1]</c>), is
/// text the database can keep (<see cref="StorableText"/>). It runs for every command and query, so no form,
/// API body or query string can carry a NUL to the database, whichever door it came in by.
/// </summary>
public sealed class StorableTextValidator<TMessage> : AbstractValidator<TMessage>
{
    public const string Refusal = "The text holds characters that cannot be saved or seen (control or invisible characters); remove them.";

    // Messages are small records; deeper nesting than this is not ours.
    private const int MaxDepth = 6;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public StorableTextValidator() =>
        RuleFor(message => message).Custom((message, context) =>
        {
            foreach (var path in Unstorable(message, string.Empty, 0))
            {
                context.AddFailure(path, Refusal);
            }
        });

    private static IEnumerable<string> Unstorable(object? value, string path, int depth)
    {
        switch (value)
        {
            case null:
                yield break;
            case string text:
                if (!StorableText.IsStorable(text))
                {
                    yield return path;
                }

                yield break;
            case IEnumerable items when depth < MaxDepth:
                var index = 0;
                foreach (var item in items)
                {
                    foreach (var inner in Unstorable(item, $"{path}[{index++}]", depth + 1))
                    {
                        yield return inner;
                    }
                }

                yield break;
        }

        // Only our own records are looked into: a stream or a framework type holds no typed text.
        if (value.GetType().Assembly != typeof(StorableTextValidator<>).Assembly || depth >= MaxDepth)
        {
            yield break;
        }

        foreach (var property in Properties.GetOrAdd(value.GetType(), ReadableProperties))
        {
            var inner = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
            foreach (var found in Unstorable(property.GetValue(value), inner, depth + 1))
            {
                yield return found;
            }
        }
    }

    private static PropertyInfo[] ReadableProperties(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && MayHoldText(p.PropertyType))];

    /// <summary>
    /// Whether a property of <paramref name="type"/> can carry text the walk above would look at. A value type outside
    /// our assembly that is not a collection (a number, a date, an enum) is one the walk never looks into, so reading it
    /// would only box it: most of a search's properties, read on every request. A reference type is read, since the
    /// value it holds may be a string or one of our records.
    /// </summary>
    private static bool MayHoldText(Type type)
    {
        var value = Nullable.GetUnderlyingType(type) ?? type;
        return !value.IsValueType || value.Assembly == typeof(StorableTextValidator<>).Assembly || typeof(IEnumerable).IsAssignableFrom(value);
    }
}
