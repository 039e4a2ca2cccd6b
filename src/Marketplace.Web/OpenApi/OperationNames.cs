using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Marketplace.Web.OpenApi;

/// <summary>
/// Names each operation for generated clients and readers. The <c>operationId</c> is <c>{Controller}_{Action}</c>
/// (<c>Bookings_Accept</c>), which client generators split into a client and a method, and which stays the same while
/// the action keeps its name. The action's XML <c>&lt;summary&gt;</c> (put on the operation by the framework's XML
/// comment support) becomes the description, and its first clause the summary.
/// </summary>
internal sealed class OperationNames : IOpenApiOperationTransformer
{
    /// <summary>Where a summary's first clause ends.</summary>
    private static readonly string[] ClauseEnds = [". ", ".\n", ": ", ":\n", "; ", ";\n", " (", "\n\n"];

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor is ControllerActionDescriptor action)
        {
            var controller = action.ControllerName.EndsWith("Api", StringComparison.Ordinal) ? action.ControllerName[..^3] : action.ControllerName;
            operation.OperationId = $"{controller}_{action.ActionName}";
        }

        if (operation.Summary is { Length: > 0 } summary)
        {
            operation.Description = string.IsNullOrEmpty(operation.Description) ? summary : $"{summary}\n\n{operation.Description}";
            operation.Summary = FirstClause(summary);
        }

        return Task.CompletedTask;
    }

    /// <summary>The text up to its first full stop, colon, semicolon or bracket, without the stop.</summary>
    public static string FirstClause(string text)
    {
        var end = ClauseEnds.Select(stop => text.IndexOf(stop, StringComparison.Ordinal)).Where(index => index > 0).DefaultIfEmpty(text.Length).Min();
        return text[..end].TrimEnd('.', ' ').ReplaceLineEndings(" ");
    }
}
