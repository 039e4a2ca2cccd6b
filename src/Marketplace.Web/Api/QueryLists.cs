namespace Marketplace.Web.Api;

internal static class QueryLists
{
    /// <summary>The items of a comma-separated query parameter such as <c>skills=elder-care,dementia-care</c>.</summary>
    public static string[] Split(string? commaSeparated) =>
        (commaSeparated ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
