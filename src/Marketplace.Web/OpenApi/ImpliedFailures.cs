using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Marketplace.Web.OpenApi;

/// <summary>
/// Declares the failures every operation of a kind can answer, because the app answers them in one place for all
/// (Errors/, Security/): any operation answers 403 when the caller may not do it (by role, or to this resource: an
/// admin reads a booking but does not cancel it) or asks over plain http on an HTTPS site, and 503 with
/// <c>Retry-After</c> while the database cannot be reached; one that names a resource, in its path or by an id in
/// its body, answers 404 when there is none the caller may see; one that reads a body or query values answers 400
/// with the fields it could not take, and one that reads a body 415 for a body of another media type. An action
/// declares only its own further failures (409 for a rule it enforces, 413 for an upload).
/// </summary>
internal sealed class ImpliedFailures : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var parameters = context.Description.ParameterDescriptions;
        var body = parameters.FirstOrDefault(parameter => parameter.Source == BindingSource.Body)?.Type;
        var responses = operation.Responses ??= [];
        responses.TryAdd("403", WireMediaTypes.Problem<ProblemDetails>(context, "Forbidden: the caller may not do this, or the API was asked over plain http."));
        if (parameters.Any(parameter => parameter.Source == BindingSource.Path) || (body is not null && NamesAResource(body)))
        {
            responses.TryAdd("404", WireMediaTypes.Problem<ProblemDetails>(context, "Not Found: no such resource, or none the caller may see."));
        }

        var readsAForm = parameters.Any(parameter => parameter.Source == BindingSource.Form || parameter.Source == BindingSource.FormFile);
        if (body is not null || readsAForm || parameters.Any(parameter => parameter.Source == BindingSource.Query))
        {
            responses.TryAdd("400", WireMediaTypes.Problem<ValidationProblemDetails>(context, "Bad Request: `errors` names each field that could not be taken, with why."));
        }

        if (body is not null || readsAForm)
        {
            responses.TryAdd("415", WireMediaTypes.Problem<ProblemDetails>(context, "Unsupported Media Type: the body is not of the media type the operation reads."));
        }

        var unavailable = WireMediaTypes.Problem<ProblemDetails>(context, "Service Unavailable: the database cannot be reached for now.");
        unavailable.Headers = new Dictionary<string, IOpenApiHeader>
        {
            ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait before asking again.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } },
        };
        responses.TryAdd("503", unavailable);
        return Task.CompletedTask;
    }

    /// <summary>True when a body refers to another resource by its id (a caregiver, a recipient, a listing).</summary>
    private static bool NamesAResource(Type body) =>
        body.GetProperties().Any(property => (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) == typeof(Guid))
        || body.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonDerivedTypeAttribute), inherit: false)
            .OfType<System.Text.Json.Serialization.JsonDerivedTypeAttribute>().Any(shape => NamesAResource(shape.DerivedType));
}
