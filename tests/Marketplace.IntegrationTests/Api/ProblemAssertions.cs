using System.Text.Json;

namespace Marketplace.IntegrationTests.Api;

internal static class ProblemAssertions
{
    /// <summary>True when the problem's <c>errors</c> name <paramref name="field"/>; <c>$</c> is the whole body (malformed JSON).</summary>
    public static bool HasError(JsonElement errors, string field) => errors.TryGetProperty(field, out _);

    /// <summary>Asserts a 400 problem whose <c>errors</c> name <paramref name="field"/>, and shows the errors when they do not.</summary>
    public static async Task HasError(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.BadRequest, $"expected 400, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(HasError(errors, field), $"no error for '{field}' in {errors}");
    }

    /// <summary>Asserts a 409 problem whose text gives <paramref name="reason"/>.</summary>
    public static async Task HasConflict(HttpResponseMessage response, string reason)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Conflict, $"expected 409, got {(int)response.StatusCode}: {body}");
        Assert.Contains(reason, body, StringComparison.Ordinal);
    }
}
