using Marketplace.Web.Composition;
using Microsoft.AspNetCore.Localization;

namespace Marketplace.Web.Localization;

/// <summary>
/// API clients choose a language with Accept-Language. Pages do not: many Indonesian phones are set
/// to English, and the site speaks Bahasa Indonesia first until the visitor picks another language.
/// </summary>
internal sealed class ApiAcceptLanguageProvider : AcceptLanguageHeaderRequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        httpContext.Request.IsApiRequest()
            ? base.DetermineProviderCultureResult(httpContext)
            : NullProviderCultureResult;
}
