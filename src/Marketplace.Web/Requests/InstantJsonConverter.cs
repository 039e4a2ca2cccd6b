using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marketplace.Web.Requests;

/// <summary>Reads JSON instants only with their offset (see <see cref="Instants"/>); writes them as System.Text.Json does.</summary>
internal sealed class InstantJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && Instants.Parse(reader.GetString()) is { } instant
            ? instant
            : throw new JsonException("An instant needs its offset, such as 2026-12-01T09:00:00+08:00.");

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
