using System.Text.Json;
using FluentValidation;
using Marketplace.Application.Common.Errors;

namespace Marketplace.Web.Errors;

/// <summary>What the caller is told about a failure. One mapping serves the API and the error page.</summary>
internal sealed record Problem(int Status, string Title, string? Detail, IDictionary<string, string[]>? Errors = null)
{
    public static Problem From(Exception exception) => exception switch
    {
        ValidationException validation => new(
            StatusCodes.Status400BadRequest, "One or more fields are not valid.", null, FieldErrors(validation)),
        NotFoundException notFound => new(StatusCodes.Status404NotFound, "Not found.", notFound.Message),
        ForbiddenException forbidden => new(StatusCodes.Status403Forbidden, "Forbidden.", forbidden.Message),
        BusinessRuleException rule => new(StatusCodes.Status409Conflict, "The request conflicts with a business rule.", rule.Message),
        BadHttpRequestException badRequest => new(badRequest.StatusCode, "The request is not valid.", badRequest.Message),
        _ => new(StatusCodes.Status500InternalServerError, "Something went wrong on our side.", null),
    };

    /// <summary>Field errors keyed the way the JSON names the fields (camelCase, dotted paths).</summary>
    private static Dictionary<string, string[]> FieldErrors(ValidationException exception) =>
        exception.Errors
            .GroupBy(failure => JsonPath(failure.PropertyName))
            .ToDictionary(group => group.Key, group => group.Select(failure => failure.ErrorMessage).Distinct().ToArray());

    private static string JsonPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
