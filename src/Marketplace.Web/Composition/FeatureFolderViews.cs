using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Marketplace.Web.Composition;

/// <summary>
/// Views of a feature live beside its controllers: the views of <c>Marketplace.Web.Admin.DeadLettersPageController</c>
/// are in <c>/Admin/Views/DeadLettersPage/</c>, so a feature is found in one folder of this project, as in
/// Application and Infrastructure. Older pages keep their place under <c>/Views/</c>.
/// </summary>
internal sealed class FeatureFolderViews : IViewLocationExpander
{
    private const string Feature = "feature";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action
            && action.ControllerTypeInfo.Namespace is { } ns && ns.StartsWith("Marketplace.Web.", StringComparison.Ordinal))
        {
            context.Values[Feature] = ns["Marketplace.Web.".Length..].Replace('.', '/');
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        context.Values.TryGetValue(Feature, out var feature) && feature is not null
            ? [$"/{feature}/Views/{{1}}/{{0}}.cshtml", .. viewLocations]
            : viewLocations;
}
