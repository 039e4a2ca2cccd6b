using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Marketplace.IntegrationTests.Security;

/// <summary>Sends a row's request as one user, and reads the answer as a cell of the matrix.</summary>
internal static class MatrixRequests
{
    private const string TokenField = "__RequestVerificationToken";

    /// <summary>
    /// The row's request from <paramref name="client"/>; a page form carries <paramref name="token"/> when one is
    /// given, and only then.
    /// </summary>
    public static async Task<HttpResponseMessage> SendAsync(MatrixRow row, string url, HttpClient client, MatrixWorld world, string? token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(row.Method == "*" ? "GET" : row.Method), url);
        if (row.IsWrite)
        {
            request.Content = Content(row.Send?.Invoke(world) ?? new Payload(), row.OnPages, token);
        }

        return await client.SendAsync(request);
    }

    /// <summary>What the user got: the status, and for a redirect whether it goes to sign in, to the refusal page or elsewhere.</summary>
    public static Expected Answer(HttpResponseMessage response)
    {
        if ((int)response.StatusCode != 302)
        {
            return new Expected((int)response.StatusCode);
        }

        var to = new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath;
        return to == Expected.Login.RedirectsTo ? Expected.Login : to == Expected.Denied.RedirectsTo ? Expected.Denied : Expected.Done;
    }

    private static HttpContent? Content(Payload payload, bool onPages, string? token)
    {
        var fields = new Dictionary<string, string>(payload.Form ?? new Dictionary<string, string>());
        if (onPages && token is not null)
        {
            fields[TokenField] = token;
        }

        if (payload.File is { } bytes)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            var multipart = new MultipartFormDataContent { { file, "file", "dokumen.pdf" } };
            foreach (var (name, value) in fields)
            {
                multipart.Add(new StringContent(value), name);
            }

            return multipart;
        }

        return onPages ? new FormUrlEncodedContent(fields) : payload.Json is { } json ? JsonContent.Create(json) : null;
    }
}
