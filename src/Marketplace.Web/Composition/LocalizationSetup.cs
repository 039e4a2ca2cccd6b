using System.Collections.Concurrent;
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

    /// <summary>Field labels by member and UI language; members come from the validators' code, so the set is bounded.</summary>
    private static readonly ConcurrentDictionary<(string Member, string Language), string> DisplayNames = new();

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
        // Resolved for every rule of every validation, failing or not: kept per field and language, as resources do not change.
        ValidatorOptions.Global.DisplayNameResolver = (_, member, expression) => member is null
            ? null
            : DisplayNames.GetOrAdd((FieldOf(member, expression), CultureInfo.CurrentUICulture.Name), field => UiText.FieldName(field.Member));
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
