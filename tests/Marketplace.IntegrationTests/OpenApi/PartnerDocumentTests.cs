using System.Text.Json.Nodes;
using Marketplace.TestSupport;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.OpenApi;

/// <summary>
/// What a partner's generator and reader rely on in the served document: who needs a token, names and summaries for
/// every operation, the Location of what a 201 creates, the health endpoints, and the same paging on every list that grows.
/// </summary>
public sealed class PartnerDocumentTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    /// <summary>Lists answered whole, each short by nature, with why; every other list is paged.</summary>
    private static readonly Dictionary<string, string> ShortLists = new()
    {
        ["/api/v1/skills"] = "a taxonomy of tens of terms",
        ["/api/v1/languages"] = "a taxonomy of tens of terms",
        ["/api/v1/needs"] = "a taxonomy of tens of terms",
        ["/api/v1/accessibility-features"] = "a taxonomy of tens of terms",
        ["/api/v1/clinic-services"] = "a taxonomy of tens of terms",
        ["/api/v1/visit-tasks"] = "a taxonomy of tens of terms",
        ["/api/v1/families/me/recipients"] = "the people one family cares for",
        ["/api/v1/families/me/preferred-caregivers"] = "a few caregivers per person a family cares for",
        ["/api/v1/caregivers/me/certificates"] = "a caregiver lists a limited number of certificates",
        ["/api/v1/caregivers/me/affiliations"] = "the enterprises that invited one caregiver",
        ["/api/v1/caregivers/me/schedule"] = "the visits of the period asked for (from, to)",
        ["/api/v1/enterprises/{id}/listings"] = "one enterprise's listings",
        ["/api/v1/enterprises/{id}/affiliations"] = "the caregivers one enterprise invited",
        ["/api/v1/bookings/{id}/sponsor-offers"] = "the programmes open to one booking",
        ["/api/v1/bookings/{id}/visits/{visitId}/replacements"] = "the caregivers free for one visit, best first",
        ["/api/v1/admin/sponsor-programmes"] = "the few programmes that fund care",
        ["/api/v1/admin/programme-staff"] = "the few people with the programme-staff role",
        ["/api/v1/admin/caregivers/pending"] = "a work queue: its oldest 50, worked from the top",
        ["/api/v1/admin/enterprises/pending"] = "a work queue: its oldest 50, worked from the top",
        ["/api/v1/care-managers"] = "the caregivers with the care-manager credential, a small group",
        ["/api/v1/care-managers/me/alerts"] = "a care manager's alerts, open first; at most 200",
    };

    private static readonly string[] PageMembers = ["items", "total", "page", "pageSize"];
    private static readonly string[] HealthPaths = ["/health", "/health/ready"];

    [Fact]
    public async Task EveryListThatGrows_TakesPageAndPageSize_AndAnswersItemsTotalPageAndPageSize()
    {
        var document = await DocumentAsync();
        var faults = new List<string>();
        foreach (var (path, operation) in Operations(document).Where(operation => operation.Method == "get").Select(operation => (operation.Path, operation.Node)))
        {
            if (operation["responses"]?["200"]?["content"]?["application/json"]?["schema"] is not { } answer)
            {
                continue;
            }

            var schema = Resolve(document, answer);
            var isList = Text(schema["type"]) == "array" || schema["properties"]?["items"] is not null;
            if (!isList || ShortLists.ContainsKey(path))
            {
                continue;
            }

            var parameters = (operation["parameters"]?.AsArray() ?? []).Where(p => Text(p!["in"]) == "query").Select(p => Text(p!["name"])).ToList();
            var required = (schema["required"]?.AsArray() ?? []).Select(Text).ToList();
            if (!parameters.Contains("page") || !parameters.Contains("pageSize")
                || !PageMembers.All(required.Contains))
            {
                faults.Add($"GET {path}: query [{string.Join(", ", parameters)}], answer requires [{string.Join(", ", required)}]");
            }
        }

        Assert.True(faults.Count == 0, "Lists not paged like the others:\n" + string.Join("\n", faults));
        Assert.All(ShortLists.Keys, path => Assert.NotNull(document["paths"]![path]));
    }

    [Fact]
    public async Task EveryOperation_HasAUniqueOperationId_ASummaryAndATag()
    {
        var operations = Operations(await DocumentAsync()).ToList();

        Assert.All(operations, operation => Assert.False(string.IsNullOrWhiteSpace(Text(operation.Node["summary"])), $"{operation.Method} {operation.Path} has no summary"));
        Assert.All(operations, operation => Assert.Single(operation.Node["tags"]!.AsArray()));
        var ids = operations.Select(operation => Text(operation.Node["operationId"])).ToList();
        Assert.DoesNotContain(null, ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task AnOperationNeedsTheBearerToken_ExactlyWhenTheEndpointDemandsASignIn_AndSaysItAnswers401()
    {
        var document = await DocumentAsync();
        Assert.Equal("bearer", Text(document["components"]!["securitySchemes"]!["bearer"]!["scheme"]));
        Assert.Equal("bearer", document["security"]![0]!.AsObject().Single().Key);
        var faults = new List<string>();
        foreach (var api in app.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items.SelectMany(group => group.Items))
        {
            var metadata = api.ActionDescriptor.EndpointMetadata;
            var signedIn = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
            var operation = document["paths"]!["/" + Template(api.RelativePath!)]![api.HttpMethod!.ToLowerInvariant()]!;
            var open = operation["security"] is JsonArray { Count: 0 };
            // An open operation may answer 401 for reasons of its own (a wrong password, a bad webhook signature).
            if (signedIn == open || (signedIn && !operation["responses"]!.AsObject().ContainsKey("401")))
            {
                faults.Add($"{api.HttpMethod} {api.RelativePath}: signed in {signedIn}, security {operation["security"]?.ToJsonString() ?? "the document's"}");
            }
        }

        Assert.True(faults.Count == 0, string.Join("\n", faults));
    }

    [Fact]
    public async Task EveryCreatedAnswer_DeclaresItsLocation()
    {
        var created = Operations(await DocumentAsync()).Where(operation => operation.Node["responses"]!["201"] is not null).ToList();

        Assert.NotEmpty(created);
        Assert.All(created, operation => Assert.NotNull(operation.Node["responses"]!["201"]!["headers"]?["Location"]));
    }

    [Fact]
    public async Task TheHealthEndpoints_AreDescribed_WithoutAToken()
    {
        var paths = (await DocumentAsync())["paths"]!;

        Assert.All(HealthPaths, path =>
        {
            var operation = paths[path]!["get"]!;
            Assert.Empty(operation["security"]!.AsArray());
            Assert.NotNull(operation["responses"]!["503"]);
        });
    }

    [Fact]
    public async Task TheBookingBody_IsOneOfItsShapes()
    {
        var body = (await DocumentAsync())["components"]!["schemas"]!["BookingRequestBody"]!;

        Assert.Equal(3, body["oneOf"]!.AsArray().Count);
        Assert.Null(body["anyOf"]);
    }

    private async Task<JsonObject> DocumentAsync() => JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!.AsObject();

    private static IEnumerable<(string Method, string Path, JsonObject Node)> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(member => member.Value is JsonObject { } operation && operation.ContainsKey("responses"))
            .Select(member => (member.Key, path.Key, member.Value!.AsObject())));

    private static JsonObject Resolve(JsonObject document, JsonNode schema) =>
        Text(schema["$ref"]) is { } reference ? document["components"]!["schemas"]![reference["#/components/schemas/".Length..]]!.AsObject() : schema.AsObject();

    /// <summary>A route template as the document writes it: <c>bookings/{id:guid}</c> becomes <c>bookings/{id}</c>.</summary>
    private static string Template(string route) => System.Text.RegularExpressions.Regex.Replace(route, "{([^}:?]+)[^}]*}", "{$1}");

    private static string? Text(JsonNode? node) => node is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : null;
}
