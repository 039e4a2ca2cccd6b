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
            list.InnerHtml.AppendHtml(Item(field, FieldId(field), message));
        }

        // The framework writes its list into PostContent; this one takes its place.
        output.PostContent.SetHtmlContent(list);
    }

    /// <summary>How a form field's key reads to a person: <c>Weekly[6].End</c> is "Jam kerja mingguan 7, Selesai".</summary>
    public static string LabelOf(string field) => string.Join(", ", field.Split('.').Select(segment =>
        Indexed().Match(segment) is { Success: true } row
            ? $"{UiText.FieldName(row.Groups["name"].Value)} {int.Parse(row.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}"
            : UiText.FieldName(segment)));

    /// <summary>
    /// The id of the field a key is about, as the form names it: validation keys come in the JSON spelling the API
    /// shares (<c>email</c>) while the form's field is its property (<c>Email</c>); a list value's error is its
    /// group's (<c>Skills[2]</c> is the group <c>Skills</c>).
    /// </summary>
    private string FieldId(string field)
    {
        var metadata = ViewContext.ViewData.ModelMetadata;
        var segments = ListItem().Replace(field, string.Empty).Split('.');
        for (var i = 0; i < segments.Length; i++)
        {
            var name = segments[i];
            var bracket = name.IndexOf('[', StringComparison.Ordinal);
            var property = metadata?.Properties.FirstOrDefault(p =>
                string.Equals(p.PropertyName, bracket < 0 ? name : name[..bracket], StringComparison.OrdinalIgnoreCase));
            if (property?.PropertyName is { } real)
            {
                segments[i] = bracket < 0 ? real : real + name[bracket..];
            }

            metadata = property?.ElementMetadata ?? property;
        }

        return TagBuilder.CreateSanitizedId(string.Join('.', segments), "_");
    }

    private static TagBuilder Item(string field, string id, string message)
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
        link.Attributes["href"] = "#" + id;
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

    /// <summary>The index of a list's value at the end of a key (<c>Skills[2]</c>): the error is the group's, whose id is <c>Skills</c>.</summary>
    [GeneratedRegex(@"\[\d{1,4}\]$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^(?<name>[^\[]+)\[(?<index>\d{1,4})\]$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Indexed();
}
