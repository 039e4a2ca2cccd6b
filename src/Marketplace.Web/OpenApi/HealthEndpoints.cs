using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Marketplace.Web.OpenApi;

/// <summary>
/// Describes <c>GET /health</c> and <c>GET /health/ready</c> (Composition/HealthSetup.cs). They are health-check
/// endpoints, which the API explorer does not list, so the document adds them as they answer: 200 while the status is
/// Healthy or Degraded, 503 when Unhealthy, the same JSON body either way, and no token needed.
/// </summary>
internal sealed class HealthEndpoints : IOpenApiDocumentTransformer
{
    private const string AnswerSchema = "HealthAnswer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var status = new OpenApiSchema { Type = JsonSchemaType.String, Enum = ["Healthy", "Degraded", "Unhealthy"] };
        document.AddComponent(AnswerSchema, new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string> { "status", "checks" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["status"] = status,
                ["checks"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "Each check by name (database, search, outbox); empty for liveness.",
                    AdditionalProperties = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "status", "data" },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["status"] = status,
                            ["description"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                            ["data"] = new OpenApiSchema { Type = JsonSchemaType.Object, Description = "What the check measured, such as the outbox's oldest waiting message." },
                        },
                    },
                },
            },
        });

        document.Paths.Add("/health", Path(document, "Health_Live", "Liveness", "The process answers. It checks nothing else, so a load balancer restarts only a process that is stuck."));
        document.Paths.Add("/health/ready", Path(document, "Health_Ready", "Readiness",
            "The database, the search index and the outbox answer; 503 while any of them does not, so a load balancer sends no traffic here."));
        return Task.CompletedTask;
    }

    private static OpenApiPathItem Path(OpenApiDocument document, string operationId, string summary, string description)
    {
        OpenApiResponse Answer(string text) => new()
        {
            Description = text,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = new OpenApiSchemaReference(AnswerSchema, document) } },
        };

        return new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Get] = new()
                {
                    OperationId = operationId,
                    Summary = summary,
                    Description = description,
                    Tags = new HashSet<OpenApiTagReference> { new(ApiTags.Operations, document) },
                    Security = [],
                    Responses = new OpenApiResponses
                    {
                        ["200"] = Answer("Healthy or Degraded."),
                        ["503"] = Answer("Unhealthy: at least one check failed."),
                    },
                },
            },
        };
    }
}
