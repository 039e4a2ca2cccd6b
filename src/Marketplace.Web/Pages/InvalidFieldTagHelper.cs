using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Marketplace.Web.Pages;

/// <summary>
/// Marks a form field bound with <c>asp-for</c> as <c>aria-invalid="true"</c> when its value was refused, so a
/// screen reader says so as it reaches the field (WCAG 2.2 SC 3.3.1 and 4.1.2); the framework only adds a CSS
/// class, which is seen but not heard. Runs after the framework's own tag helpers; a field that says
/// <c>aria-invalid</c> itself is left as it is.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class InvalidFieldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (ViewContext.ViewData.ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 && !output.Attributes.ContainsName("aria-invalid"))
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
        }
    }
}
