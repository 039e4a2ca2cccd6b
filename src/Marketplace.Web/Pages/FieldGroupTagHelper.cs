using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Marketplace.Web.Pages;

/// <summary>
/// Gives a group of checkboxes or radio buttons (a <c>fieldset</c> whose inputs all share one name, such as
/// <c>Skills</c>) that name as its id, so the error summary's link for the group (<c>#Skills</c>) lands on it and
/// a screen reader reads its legend (WCAG 2.2 SC 3.3.1). A fieldset with an id, or with fields of several names,
/// is left as it is.
/// </summary>
[HtmlTargetElement("fieldset")]
public sealed partial class FieldGroupTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (output.Attributes.ContainsName("id"))
        {
            return;
        }

        var content = await output.GetChildContentAsync();
        var names = GroupInput().Matches(content.GetContent()).Select(input => input.Groups["name"].Value).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 1)
        {
            output.Attributes.SetAttribute("id", TagBuilder.CreateSanitizedId(names[0], "_"));
        }
    }

    /// <summary>A checkbox or radio input and its name, in the markup Razor writes (type before name).</summary>
    [GeneratedRegex(@"<input type=""(?:checkbox|radio)""[^>]*? name=""(?<name>[^""]+)""", RegexOptions.CultureInvariant, 100)]
    private static partial Regex GroupInput();
}
