using System.Text.Json;

namespace Marketplace.IntegrationTests.Api;

internal static class ProblemAssertions
{
    /// <summary>
    /// True when the problem's <c>errors</c> name <paramref name="field"/>. <c>$*</c> stands for any JSON
    /// path: malformed JSON is reported where the parser stopped, which depends on the body.
    /// </summary>
    public static bool HasError(JsonElement errors, string field) =>
        field == "$*"
            ? errors.EnumerateObject().Any(e => e.Name.StartsWith('$'))
            : errors.TryGetProperty(field, out _);
}
