using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Marketplace.Web.OpenApi;

/// <summary>
/// Declares answers as the wire sends them. Every failure is written by the problem details service as
/// <c>application/problem+json</c> (see Errors/), whatever formatters MVC lists; no answer of ours is ever
/// <c>text/plain</c>, which MVC's string formatter would only write for a string; and every 201 says where the new
/// resource is in its <c>Location</c> header.
/// </summary>
internal sealed class WireMediaTypes : IOpenApiOperationTransformer
{
    public const string ProblemJson = "application/problem+json";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (status == "201" && response is OpenApiResponse created)
            {
                created.Headers ??= new Dictionary<string, IOpenApiHeader>();
                created.Headers["Location"] = new OpenApiHeader
                {
                    Description = "The address of the resource created.",
                    Required = true,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference" },
                };
            }

            if (response.Content is not { Count: > 0 } content)
            {
                continue;
            }

            if (IsFailure(status))
            {
                var problem = content.TryGetValue("application/json", out var json) ? json : content.Values.First();
                content.Clear();
                content[ProblemJson] = problem;
            }
            else if (!WritesText(context, status))
            {
                content.Remove("text/plain");
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>A failure answered as problem details of type <typeparamref name="T"/> (a component of the document).</summary>
    public static OpenApiResponse Problem<T>(OpenApiOperationTransformerContext context, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            [ProblemJson] = new() { Schema = new OpenApiSchemaReference(typeof(T).Name, context.Document) },
        },
    };

    private static bool IsFailure(string status) => status.StartsWith('4') || status.StartsWith('5');

    private static bool WritesText(OpenApiOperationTransformerContext context, string status) =>
        context.Description.SupportedResponseTypes.Any(response =>
            response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) == status && response.Type == typeof(string));
}
