namespace Marketplace.Web.Composition;

internal static class RequestExtensions
{
    public const string ApiPrefix = "/api";

    /// <summary>API requests get problem details and status codes; page requests get pages and redirects.</summary>
    public static bool IsApiRequest(this HttpRequest request) => IsApiPath(request.Path);

    public static bool IsApiPath(PathString path) => path.StartsWithSegments(ApiPrefix);
}
