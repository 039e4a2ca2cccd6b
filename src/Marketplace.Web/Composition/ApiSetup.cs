using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Scalar.AspNetCore;

namespace Marketplace.Web.Composition;

internal static class ApiSetup
{
    public static IServiceCollection AddPagesAndApi(this IServiceCollection services)
    {
        services.AddControllersWithViews(options =>
            {
                // Model-state keys use the JSON names (camelCase), the same keys as our validators' errors.
                options.ModelMetadataDetailsProviders.Add(new SystemTextJsonValidationMetadataProvider());

                // Required fields are the validators' business, so each rule and message lives in one place.
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            })
            .AddJsonOptions(options =>
            {
                options.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));

                // Malformed JSON is reported by its path, without naming our .NET types.
                options.AllowInputFormatterExceptionMessages = false;
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddOpenApi("v1");
        return services;
    }

    /// <summary>The OpenAPI document at <c>/openapi/v1.json</c> and a browsable reference at <c>/api/docs</c>.</summary>
    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference("/api/docs", options => options.WithTitle("Peduli API").DisableDefaultFonts());
        return app;
    }
}
