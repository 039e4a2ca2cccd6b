using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.Hostile;

/// <summary>
/// Sends one hostile request after another and tells whether a refused one changed the database (its
/// <see cref="DatabaseFingerprint"/> before and after). The fingerprint after a refusal that changed nothing is the one
/// before the next request, so most requests cost one fingerprint instead of two; after anything else it is taken again.
/// </summary>
internal sealed class RefusalCheck(MarketplaceAppFactory app)
{
    private string? _unchangedSince;

    /// <summary>Sends the request and reads its body; <c>StoredNothingIfRefused</c> is false only for a 4xx that changed the database.</summary>
    public async Task<(HttpResponseMessage Response, string Body, bool StoredNothingIfRefused)> SendAsync(Func<Task<HttpResponseMessage>> send)
    {
        var before = _unchangedSince ?? await DatabaseFingerprint.TakeAsync(app);
        _unchangedSince = null;
        var response = await send();
        var body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode is not (>= 400 and < 500))
        {
            return (response, body, true);
        }

        var after = await DatabaseFingerprint.TakeAsync(app);
        _unchangedSince = after == before ? after : null;
        return (response, body, after == before);
    }
}
