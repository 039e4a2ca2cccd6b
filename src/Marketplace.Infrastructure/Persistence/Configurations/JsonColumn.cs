using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Marketplace.Infrastructure.Persistence.Configurations;

/// <summary>
/// A small immutable value kept as one JSON text column, the same on every provider. Values are compared
/// by their JSON, because records holding lists do not compare their items.
/// </summary>
internal static class JsonColumn<T>
    where T : class
{
    public static ValueConverter<T?, string?> Converter { get; } = new(
        value => value == null ? null : JsonSerializer.Serialize(value, JsonSerializerOptions.Web),
        json => json == null ? null : JsonSerializer.Deserialize<T>(json, JsonSerializerOptions.Web));

    public static ValueComparer<T?> Comparer { get; } = new(
        (left, right) => Json(left) == Json(right),
        value => Json(value).GetHashCode(StringComparison.Ordinal),
        value => value);

    private static string Json(T? value) => value is null ? string.Empty : JsonSerializer.Serialize(value, JsonSerializerOptions.Web);
}
