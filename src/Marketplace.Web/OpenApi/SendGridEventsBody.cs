using Marketplace.Infrastructure.Notifications;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Marketplace.Web.OpenApi;

/// <summary>
/// Describes the body of SendGrid's event webhook, which the action reads as raw text (its signature is over the exact
/// bytes) and so binds no model: a JSON array of SendGrid's events, with the fields this app reads. SendGrid sends more
/// fields than these, and they are allowed.
/// </summary>
internal sealed class SendGridEventsBody : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.RouteValues["controller"] != "SendGridWebhook")
        {
            return Task.CompletedTask;
        }

        var item = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string> { "email", "event", "timestamp" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["email"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "email" },
                ["event"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "bounce, dropped and spamreport are acted on; other events are ignored." },
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Of a bounce: bounce (acted on) or blocked (ignored)." },
                ["timestamp"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Description = "Unix time in seconds." },
                ["reason"] = new OpenApiSchema { Type = JsonSchemaType.String },
                [SendGridCustomArgs.EmailId] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid", Description = "The custom arg naming the email sent." },
            },
        };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = item } },
            },
        };
        return Task.CompletedTask;
    }
}
