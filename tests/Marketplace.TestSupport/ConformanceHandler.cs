namespace Marketplace.TestSupport;

/// <summary>
/// Holds every API answer a test client receives to the OpenAPI document the app serves: an answer the document does
/// not describe fails the test that got it, naming how it differs. So every API test is also a test of the document.
/// </summary>
/// <remarks>A request to a host the site does not serve is refused before it reaches the API, and is not checked.</remarks>
internal sealed class ConformanceHandler(Func<Task<OpenApiConformance>> conformance, IReadOnlySet<string> siteHosts) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        if (siteHosts.Contains(request.RequestUri.Host) && path.StartsWith("/api/v1/", StringComparison.Ordinal) || path.StartsWith("/health", StringComparison.Ordinal))
        {
            var faults = await (await conformance()).CheckAsync(request.Method.Method, path, response);
            if (faults.Count > 0)
            {
                throw new OpenApiConformanceException(string.Join(Environment.NewLine, faults));
            }
        }

        return response;
    }
}

/// <summary>An answer of the API that its OpenAPI document does not describe.</summary>
public sealed class OpenApiConformanceException(string message) : Exception("The answer differs from the OpenAPI document: " + message);
