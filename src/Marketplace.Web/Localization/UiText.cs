using System.Globalization;
using System.Resources;

namespace Marketplace.Web.Localization;

/// <summary>UI text for code that runs outside a view or controller, such as validation display names.</summary>
internal static class UiText
{
    private static readonly ResourceManager Resources = new("Marketplace.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    /// <summary>The label of a field in the current UI language, or the member name when there is none.</summary>
    public static string FieldName(string member) =>
        Resources.GetString("Field." + member, CultureInfo.CurrentUICulture) ?? member;
}
