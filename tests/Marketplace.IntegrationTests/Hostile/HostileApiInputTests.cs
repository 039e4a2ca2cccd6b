using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Marketplace.TestSupport;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Hostile;

/// <summary>
/// Every write of the API, sent with each member of a valid body made hostile in turn (missing, null, of the
/// wrong type, out of range, with control characters, odd). Never a 500; a required member missing or null,
/// a wrong type, a control character or an impossible value is a 4xx, a 400 naming the member; whatever is
/// refused stores nothing. Writes without a body get unknown ids and stray bodies; uploads get no file and
/// files that are not what they claim.
/// </summary>
public abstract class HostileApiInputTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    private readonly RefusalCheck refusals = new(app);

    [Fact]
    public async Task EveryWrite_AnswersEveryHostileBody_WithA4xxNamingTheField_AndStoresNothing()
    {
        var world = await ApiWorld.MakeAsync(app);
        var failures = new List<string>();
        foreach (var write in world.Writes)
        {
            if (write.Body is { } valid)
            {
                foreach (var mutation in JsonMutations.Of(valid()))
                {
                    var expected = Expected(write, mutation);
                    var answer = await SendAsync(write, new StringContent(mutation.Json, Encoding.UTF8, "application/json"));
                    failures.AddRange(answer.Check(expected, mutation.Path).Select(f => $"{write.Method} {write.Template}: {mutation.Harm} {mutation.Path}: {f}"));
                }

                foreach (var charset in new[] { "utf-16", "unicodeFFFE", "x-unknown" })
                {
                    var answer = await SendAsync(write, MislabelledBody(valid().ToJsonString(), charset));
                    failures.AddRange(answer.Check(Expectation.RefusedNamingTheField, path: null).Select(f => $"{write.Method} {write.Template}: UTF-8 labelled {charset}: {f}"));
                }
            }
            else
            {
                foreach (var (name, content) in StrayBodies(write))
                {
                    var answer = await SendAsync(write, content);
                    failures.AddRange(answer.Check(Expectation.NoServerError, path: null).Select(f => $"{write.Method} {write.Template}: {name}: {f}"));
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} hostile inputs were answered wrongly:\n" + string.Join("\n", failures.Take(80)));
    }

    [Fact]
    public async Task EveryWriteOfTheApi_IsInTheList()
    {
        var world = await ApiWorld.MakeAsync(app);
        var listed = world.Writes.Select(w => $"{w.Method} {WithoutConstraints(w.Template)}").ToHashSet();
        var served = app.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(group => group.Items)
            .Where(api => api.HttpMethod is "POST" or "PUT" or "PATCH" or "DELETE" && api.RelativePath!.StartsWith("api/", StringComparison.Ordinal))
            .Select(api => $"{api.HttpMethod} {api.RelativePath}");

        Assert.Empty(served.Except(listed));
    }

    private static string WithoutConstraints(string template) => System.Text.RegularExpressions.Regex.Replace(template, ":[^}]+", string.Empty);

    private static Expectation Expected(ApiWrite write, Mutation mutation) => mutation.Harm switch
    {
        Harm.Missing when write.MayBeMissing(mutation.Path) => Expectation.NoServerError,
        Harm.Null when write.MayBeNull(mutation.Path) => Expectation.NoServerError,
        Harm.Odd => Expectation.NoServerError,
        Harm.OutOfRange when write.MayPassInt32(mutation.Path) && mutation.Body[mutation.Path]?.ToJsonString() == "2147483648" => Expectation.NoServerError,
        _ => Expectation.RefusedNamingTheField,
    };

    /// <summary>For writes without a JSON body: a stray body, broken JSON, and (for uploads) no file or a file that is not what it says.</summary>
    private static IEnumerable<(string Name, HttpContent Content)> StrayBodies(ApiWrite write)
    {
        yield return ("a stray JSON body", new StringContent("""{"unexpected":"\u0000"}""", Encoding.UTF8, "application/json"));
        yield return ("broken JSON", new StringContent("{\"a\":", Encoding.UTF8, "application/json"));
        if (write.Template.EndsWith("photo", StringComparison.Ordinal) || write.Template.EndsWith("document", StringComparison.Ordinal))
        {
            yield return ("no file", new MultipartFormDataContent());
            var text = new ByteArrayContent(Encoding.UTF8.GetBytes("bukan gambar\0"));
            text.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            yield return ("a text file called a picture", new MultipartFormDataContent { { text, "file", "foto.png" } });
            yield return ("an empty file", new MultipartFormDataContent { { new ByteArrayContent([]), "file", "kosong.pdf" } });
        }
    }

    /// <summary>A body of UTF-8 bytes, an odd count of them (never whole UTF-16 characters), whose Content-Type claims another charset.</summary>
    private static ByteArrayContent MislabelledBody(string json, string charset)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var content = new ByteArrayContent(bytes.Length % 2 == 1 ? bytes : [.. bytes, (byte)' ']);
        content.Headers.TryAddWithoutValidation("Content-Type", $"application/json; charset={charset}");
        return content;
    }

    private async Task<Answer> SendAsync(ApiWrite write, HttpContent content)
    {
        using var request = new HttpRequestMessage(new HttpMethod(write.Method), write.Url()) { Content = content };
        var (response, body, storedNothingIfRefused) = await refusals.SendAsync(() => write.As.SendAsync(request));
        return new Answer(response.StatusCode, body, storedNothingIfRefused);
    }

    private enum Expectation
    {
        NoServerError,
        RefusedNamingTheField,
    }

    private sealed record Answer(HttpStatusCode Status, string Body, bool StoredNothingIfRefused)
    {
        public IEnumerable<string> Check(Expectation expected, string? path)
        {
            var code = (int)Status;
            if (code >= 500)
            {
                yield return $"answered {code}";
                yield break;
            }

            if (code is >= 400 and < 500 && !StoredNothingIfRefused)
            {
                yield return $"refused with {code} but changed the database";
            }

            if (expected == Expectation.RefusedNamingTheField && code is < 400 or >= 500)
            {
                yield return $"accepted with {code}";
            }
            else if (code == 400 && path is not null && !NamesField(path))
            {
                yield return $"400 without an error for it: {Body}";
            }
        }

        /// <summary>The 400's errors name the member, a part of it, or the member holding it (e.g. <c>address</c> for <c>address.lat</c>).</summary>
        private bool NamesField(string path)
        {
            if (!Body.Contains("\"errors\"", StringComparison.Ordinal))
            {
                return false;
            }

            var keys = JsonDocument.Parse(Body).RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name);
            return keys.Any(key => key == path || key.StartsWith(path + ".", StringComparison.Ordinal) || key.StartsWith(path + "[", StringComparison.Ordinal)
                || (key.Length > 1 && path.StartsWith(key + ".", StringComparison.Ordinal)));
        }
    }
}

/// <summary>
/// On PostgreSQL only, the stricter store: it refuses what SQLite keeps (a NUL in text, text longer than its column, a
/// number beyond its type), so a hostile value that slipped past the input boundary fails here first.
/// </summary>
public sealed class HostileApiInputOnPostgres(PostgresAppFactory app) : HostileApiInputTests<PostgresAppFactory>(app);
