using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
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
        ValidatorOptions.Global.DisplayNameResolver = (_, member, expression) => member is null ? null : UiText.FieldName(FieldOf(member, expression));
        ValidatorOptions.Global.MessageFormatterFactory = () => new TranslatingMessageFormatter();
        return services;
    }

    /// <summary>The member a rule is about; for <c>x.Date!.Value</c> that is <c>Date</c>, not Nullable's <c>Value</c>.</summary>
    internal static string FieldOf(MemberInfo member, LambdaExpression? expression) =>
        member.DeclaringType is { IsGenericType: true } declaring && declaring.GetGenericTypeDefinition() == typeof(Nullable<>)
            && expression?.Body is MemberExpression { Expression: MemberExpression holder }
            ? holder.Member.Name
            : member.Name;
}
