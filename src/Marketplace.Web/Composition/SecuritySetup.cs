using System.Net;
using Marketplace.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Marketplace.Web.Composition;

/// <summary>
/// Transport and browser protections: the client's address and scheme as a trusted proxy tells them, HTTPS only
/// when the public address is https, secure-only cookies that scripts cannot read, and the headers every answer
/// carries. Which hosts the site answers for is the framework's <c>AllowedHosts</c> setting (docs/configuration.md).
/// </summary>
internal static class SecuritySetup
{
    /// <summary>The <c>ForwardedHeaders</c> section: <c>KnownProxies</c> (IP addresses) and <c>KnownNetworks</c> (CIDR, e.g. <c>10.0.0.0/8</c>).</summary>
    public const string ForwardedHeadersSection = "ForwardedHeaders";

    private const string HostOnlyPrefix = "__Host-";

    public static IServiceCollection AddWebSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(Maps.MapTiles.From(configuration.GetSection(Maps.MapTiles.Section)));
        services.AddSingleton(provider => PublicAddress.From(configuration[PublicAddress.ConfigurationKey], provider.GetRequiredService<IHostEnvironment>().IsDevelopment()));

        // Only a listed proxy may say which client and scheme a request came from; the host is never taken from it.
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            var section = configuration.GetSection(ForwardedHeadersSection);
            foreach (var proxy in section.GetSection("KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in section.GetSection("KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        services.AddOptions<CookiePolicyOptions>().Configure<PublicAddress>((options, address) =>
        {
            options.Secure = address.RequiresHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.HttpOnly = HttpOnlyPolicy.Always;
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
        });

        // On an https site the sign-in and antiforgery cookies are __Host- cookies: the browser keeps them only when they
        // are secure, for the whole site and this host alone, so no sibling subdomain can plant one (OWASP ASVS 5.0 V3.3.3).
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure<PublicAddress>((options, address) => options.Cookie.Name = HostOnly(options.Cookie.Name, address));
        services.AddOptions<AntiforgeryOptions>().PostConfigure<PublicAddress>((options, address) => options.Cookie.Name = HostOnly(options.Cookie.Name, address));
        services.AddOptions<HttpsRedirectionOptions>().Configure<PublicAddress>((options, address) => options.HttpsPort = address.HttpsPort);
        services.Configure<HstsOptions>(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        services.PostConfigure<StaticFileOptions>(options =>
        {
            var earlier = options.OnPrepareResponse;
            options.OnPrepareResponse = file =>
            {
                earlier(file);
                StaticFileCaching.Prepare(file);
            };
        });

        // Which server answers is of use only to someone looking for its weaknesses.
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);
        return services;
    }

    /// <summary>First in the pipeline, so everything after it sees the real client and scheme and answers with the headers.</summary>
    public static WebApplication UseWebSecurity(this WebApplication app)
    {
        var address = app.Services.GetRequiredService<PublicAddress>();
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (address.RequiresHttps)
        {
            app.UseHsts();
            app.UseWhen(PlainHttpApi.Asked, PlainHttpApi.Refuse);
            app.UseHttpsRedirection();
        }

        app.UseCookiePolicy();
        return app;
    }

    private static string? HostOnly(string? name, PublicAddress address) => address.RequiresHttps ? HostOnlyPrefix + name : name;
}
