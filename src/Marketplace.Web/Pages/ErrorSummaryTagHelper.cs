using System.Text.RegularExpressions;
using Marketplace.Web.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Marketplace.Web.Pages;

/// <summary>
/// The error summary at the top of a form (<c>&lt;div asp-validation-summary="All"&gt;</c>), written after the
/// framework's: each field's error once, under the field's label and linked to the field
/// (<c>Jam kerja mingguan 7, Selesai: Isi bagian ini.</c>), so a person with a long form, or a screen
/// reader, knows which field to fix. Errors of no field (a broken rule) come first, as they are.
/// </summary>
[HtmlTargetElement("div", Attributes = "asp-validation-summary")]
public sealed partial class ErrorSummaryTagHelper : TagHelper
{
    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>After the framework's ValidationSummaryTagHelper (order -1000), whose classes and attributes stay.</summary>
    public override int Order => 0;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ModelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .OrderBy(entry => entry.Key.Length > 0)
            .SelectMany(entry => entry.Value!.Errors.Select(error => (Field: entry.Key, error.ErrorMessage)))
            .Distinct()
            .ToList();
        if (errors.Count == 0)
        {
            // The framework's empty list holds an item hidden by an inline style, which the pages' Content-Security-Policy
            // refuses; the whole summary is hidden by site.css until it has errors.
            output.PostContent.SetHtmlContent(new TagBuilder("ul"));
            return;
        }

        var list = new TagBuilder("ul");
        foreach (var (field, message) in errors)
        {
            list.InnerHtml.AppendHtml(Item(field, message));
        }

        // The framework writes its list into PostContent; this one takes its place.
        output.PostContent.SetHtmlContent(list);
    }

    /// <summary>How a form field's key reads to a person: <c>Weekly[6].End</c> is "Jam kerja mingguan 7, Selesai".</summary>
    public static string LabelOf(string field) => string.Join(", ", field.Split('.').Select(segment =>
        Indexed().Match(segment) is { Success: true } row
            ? $"{UiText.FieldName(row.Groups["name"].Value)} {int.Parse(row.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}"
            : UiText.FieldName(segment)));

    private static TagBuilder Item(string field, string message)
    {
        var item = new TagBuilder("li");
        if (field.Length == 0)
        {
            item.InnerHtml.Append(message);
            return item;
        }

        // A message that names its field already ("'Jam' tidak dapat dibaca.") gets that name as the link.
        var label = LabelOf(field);
        var link = new TagBuilder("a");
        link.Attributes["href"] = "#" + TagBuilder.CreateSanitizedId(field, "_");
        link.InnerHtml.Append(label);
        var named = message.IndexOf(label, StringComparison.Ordinal);
        if (named < 0)
        {
            item.InnerHtml.AppendHtml(link).Append(": " + message);
        }
        else
        {
            item.InnerHtml.Append(message[..named]).AppendHtml(link).Append(message[(named + label.Length)..]);
        }

        return item;
    }

    [GeneratedRegex(@"^(?<name>[^\[]+)\[(?<index>\d{1,4})\]$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Indexed();
}
