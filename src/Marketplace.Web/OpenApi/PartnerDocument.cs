using Marketplace.Web.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Marketplace.Web.OpenApi;

/// <summary>
/// What the document says about the API as a whole: its title and guide, the one server (the configured public
/// address, never a request's Host header, since the document is cached and served to everyone), the bearer scheme
/// every operation needs unless it says otherwise (<see cref="BearerSecurity"/>), and the groups of operations.
/// </summary>
internal sealed class PartnerDocument(PublicAddress publicAddress) : IOpenApiDocumentTransformer
{
    /// <summary>The name of the bearer security scheme in <c>components.securitySchemes</c>.</summary>
    public const string BearerScheme = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var origin = publicAddress.Absolute(string.Empty);
        document.Info = new OpenApiInfo
        {
            Title = "Peduli API",
            Version = "v1",
            Description = "The HTTP API of Peduli, the care marketplace: families find and book caregivers, daycares and mobile clinics; "
                + "caregivers and enterprises run their bookings; admins verify and pay out. JSON is camelCase, instants are RFC 3339 "
                + "with their offset, money is whole Rupiah in members ending in `Idr`, and every error is `application/problem+json`. "
                + "Signing in, tokens, errors, paging, time zones and money are explained in the partner guide (docs/api.md).",
            Contact = new OpenApiContact { Name = "Peduli", Url = new Uri(origin) },
        };
        document.Servers = [new OpenApiServer { Url = origin }];

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "The `accessToken` of `POST /api/v1/auth/login` or `/api/v1/auth/refresh`, valid for `expiresIn` seconds.",
            },
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];
        document.Tags = ApiTags.All.Select(tag => new OpenApiTag { Name = tag.Name, Description = tag.Description }).ToHashSet();
        foreach (var polymorphic in document.Components.Schemas?.Values.OfType<OpenApiSchema>().Where(schema => schema.Discriminator is not null) ?? [])
        {
            // A body is exactly one of its shapes, the one its discriminator names; the framework writes anyOf. This is
            // done on the finished document, since the framework names the shapes' components by finding that anyOf.
            (polymorphic.OneOf, polymorphic.AnyOf) = (polymorphic.AnyOf, null);
        }

        return Task.CompletedTask;
    }
}
