using Marketplace.Web.Security;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Marketplace.Web.Composition;

/// <summary>Answers compressed for phones on slow networks: pages, JSON, problem details, CSV, style sheets and icons.</summary>
internal static class CompressionSetup
{
    public static IServiceCollection AddCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // Over HTTPS too: BreachSafeCompression leaves out the answers BREACH could read (docs/security.md).
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json", "text/csv", "image/svg+xml", "image/x-icon"]);
        });
        services.Replace(ServiceDescriptor.Singleton<IResponseCompressionProvider, BreachSafeCompression>());
        return services;
    }
}
