using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.Web.Errors;
using Marketplace.Web.Localization;
using Marketplace.Web.OpenApi;
using Marketplace.Web.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Options;
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
                options.ModelMetadataDetailsProviders.Add(new NoImplicitRequiredValues());

                // Values outside a JSON body: instants need their offset, enums their name, empty list entries
                // mean nothing chosen, a yes/no is a checkbox's, a single value comes once; what cannot be read
                // is said in the reader's language, and an upload too large in megabytes.
                options.ModelBinderProviders.Insert(0, new InstantModelBinderProvider());
                options.ModelBinderProviders.Insert(0, new NamedEnumModelBinderProvider());
                options.ModelBinderProviders.Insert(0, new TextListModelBinderProvider());
                options.ModelBinderProviders.Insert(0, new CheckboxModelBinderProvider());
                options.ModelBinderProviders.Insert(0, new SingleValueModelBinderProvider(options.ModelBinderProviders));
                BindingMessages.Localize(options.ModelBindingMessageProvider);
                options.Filters.Add<Pages.InvalidFormStatusFilter>();
                options.Filters.Add(new OversizedBodyFilter());
                options.Conventions.Add(new RateLimitedResponse());
                options.Conventions.Add(new ImpliedSuccessResponse());
            })
            .AddJsonOptions(options => Strict(options.JsonSerializerOptions))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.Configure<Microsoft.AspNetCore.Mvc.Razor.RazorViewEngineOptions>(options => options.ViewLocationExpanders.Add(new FeatureFolderViews()));
        services.AddOptions<MvcOptions>().Configure<IOptions<JsonOptions>>((mvc, json) =>
        {
            mvc.InputFormatters.RemoveType<SystemTextJsonInputFormatter>();
            mvc.InputFormatters.Insert(0, new CheckedJsonInputFormatter(json.Value));
        });
        services.Configure<ApiBehaviorOptions>(options =>
            options.InvalidModelStateResponseFactory = context => new ProblemResult(Problem.From(context.ModelState)));
        // The OpenAPI document (and the problem details writer) build on minimal APIs' JSON options, not MVC's:
        // both get the same rules, so the document describes the wire the controllers speak.
        services.ConfigureHttpJsonOptions(options => Strict(options.SerializerOptions));
        services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer<PartnerDocument>();
            options.AddDocumentTransformer<HealthEndpoints>();
            options.AddSchemaTransformer<WireSchemaTransformer>();
            options.AddOperationTransformer<OperationNames>();
            options.AddOperationTransformer<BearerSecurity>();
            options.AddOperationTransformer<ImpliedFailures>();
            options.AddOperationTransformer<WireMediaTypes>();
            options.AddOperationTransformer<SendGridEventsBody>();
        });

        // The document is the same until the app is deployed again, and building it walks every endpoint: it is built
        // once per instance, not once per anonymous request.
        services.AddOutputCache(options => options.AddPolicy(OpenApiDocument, new SameForEveryoneCachePolicy()));
        return services;
    }

    private const string OpenApiDocument = "openapi-document";

    /// <summary>The OpenAPI document at <c>/openapi/v1.json</c> and a browsable reference at <c>/api/docs</c>.</summary>
    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapOpenApi().CacheOutput(OpenApiDocument);
        // Its one inline start-up script runs under the page's Content-Security-Policy by a fresh nonce (Security/).
        app.MapScalarApiReference("/api/docs", options => options.WithTitle("Peduli API").DisableDefaultFonts().WithNonce());
        return app;
    }

    /// <summary>
    /// The wire as the contract writes it and nothing looser: enums as camelCase names (never numbers),
    /// numbers as JSON numbers (never strings), instants with their offset, and a member without a default
    /// required (see <see cref="JsonBodyCheck"/>). Applied to MVC's options (what the controllers read and write)
    /// and to minimal APIs' (what the OpenAPI document is built from), so the two cannot drift apart.
    /// </summary>
    private static void Strict(JsonSerializerOptions json)
    {
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        json.Converters.Add(new InstantJsonConverter());
        json.NumberHandling = JsonNumberHandling.Strict;
        json.RespectRequiredConstructorParameters = true;

        // A booking body names its kind first or last; both are one body.
        json.AllowOutOfOrderMetadataProperties = true;
    }
}
