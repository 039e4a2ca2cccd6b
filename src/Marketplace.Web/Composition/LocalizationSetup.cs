using System.Globalization;
using FluentValidation;
using Marketplace.Web.Localization;
using Microsoft.AspNetCore.Localization;

namespace Marketplace.Web.Composition;

internal static class LocalizationSetup
{
    public const string Indonesian = "id";
    public const string English = "en";

    public static IServiceCollection AddUiLanguages(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            CultureInfo[] cultures = [new(Indonesian), new(English)];
            options.DefaultRequestCulture = new RequestCulture(Indonesian);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new ApiAcceptLanguageProvider(),
            ];
        });

        // Validation messages name fields the way the page labels them, in the page's language.
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : UiText.FieldName(member.Name);
        ValidatorOptions.Global.MessageFormatterFactory = () => new TranslatingMessageFormatter();
        return services;
    }
}
