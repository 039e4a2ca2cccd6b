using System.Text.Json;
using FluentValidation;
using Marketplace.Application.Common.Documents;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Notifications.Delivery;
using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;
using Marketplace.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Errors;

/// <summary>
/// What the caller is told about a failure, in the caller's language. One mapping serves the API and the
/// error page; the use cases' messages are written in English and translated here.
/// </summary>
internal sealed record Problem(int Status, string Title, string? Detail, IDictionary<string, string[]>? Errors = null)
{
    public static Problem From(Exception exception) => exception switch
    {
        ValidationException { Errors: var failures } validation when failures.Any(failure => failure.ErrorCode == CheckedUpload.TooLarge) =>
            new(StatusCodes.Status413PayloadTooLarge, UiText.Format("Problem.TooLarge"), UiText.Format("Upload.TooLarge", FieldLimits.MaxUploadMegabytes), FieldErrors(validation)),
        ValidationException validation => Invalid(FieldErrors(validation)),
        NotFoundException notFound => new(StatusCodes.Status404NotFound, UiText.Format("Problem.NotFound"), UiText.Format($"NotFound.{notFound.Resource}")),
        ForbiddenException forbidden => new(StatusCodes.Status403Forbidden, UiText.Format("Problem.Forbidden"), UiText.Translate(forbidden.Message)),
        BusinessRuleException rule => new(StatusCodes.Status409Conflict, UiText.Format("Problem.Conflict"), UiText.Explain(rule)),
        UnverifiedEmailEventsException { HadSignature: false } => new(StatusCodes.Status401Unauthorized, UiText.Format("Problem.Unauthorized"), UiText.Translate("The event webhook carries no signature; nothing was changed.")),
        UnverifiedEmailEventsException => new(StatusCodes.Status403Forbidden, UiText.Format("Problem.Forbidden"), UiText.Translate("The webhook's signature does not hold; nothing was changed.")),
        InvalidCardEventException => new(StatusCodes.Status400BadRequest, UiText.Format("Problem.BadRequest"), UiText.Translate("The webhook's signature does not hold; nothing was changed.")),
        CardRefusedException => new(StatusCodes.Status409Conflict, UiText.Format("Problem.Conflict"), UiText.Translate("The card processor refused this; nothing was changed.")),
        CardProcessorUnavailableException => new(StatusCodes.Status503ServiceUnavailable, UiText.Format("Problem.Unavailable"), UiText.Format("Problem.CardProcessorUnavailable")),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => new(StatusCodes.Status413PayloadTooLarge, UiText.Format("Problem.TooLarge"), UiText.Format("Problem.TooLargeBody")),
        BadHttpRequestException badRequest => new(badRequest.StatusCode, UiText.Format("Problem.BadRequest"), null),
        _ when IsOutage(exception) => new(StatusCodes.Status503ServiceUnavailable, UiText.Format("Problem.Unavailable"), UiText.Format("Problem.TryAgainShortly")),
        _ => new(StatusCodes.Status500InternalServerError, UiText.Format("Problem.ServerError"), null),
    };

    /// <summary>How long a caller is asked to wait (the <c>Retry-After</c> of a 503) when the database does not answer.</summary>
    public static readonly TimeSpan OutageRetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>A wait as people are told it: whole minutes, rounded up, at least one.</summary>
    public static long MinutesToWait(TimeSpan wait) => Math.Max(1, (long)Math.Ceiling(wait.TotalMinutes));

    /// <summary>Tells the caller to try again after <paramref name="wait"/> (RFC 9110 <c>Retry-After</c>, whole seconds, rounded up).</summary>
    public static void AskToRetryAfter(HttpResponse response, TimeSpan wait) =>
        response.Headers.RetryAfter = ((long)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A 400 naming each field that could not be read or bound, keyed as the JSON names it.</summary>
    public static Problem From(ModelStateDictionary modelState) => Invalid(
        modelState.Where(entry => entry.Value is { Errors.Count: > 0 }).ToDictionary(
            entry => JsonPath(entry.Key),
            entry => entry.Value!.Errors.Select(error => error.ErrorMessage is { Length: > 0 } message ? message : UiText.Format("Input.Invalid", entry.Key)).ToArray()));

    /// <summary>The title of a bare status code in the caller's language, or null for a status we never answer with.</summary>
    public static string? TitleOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Problem.BadRequest",
        StatusCodes.Status401Unauthorized => "Problem.Unauthorized",
        StatusCodes.Status403Forbidden => "Problem.Forbidden",
        StatusCodes.Status404NotFound => "Problem.NotFound",
        StatusCodes.Status405MethodNotAllowed => "Problem.MethodNotAllowed",
        StatusCodes.Status406NotAcceptable => "Problem.NotAcceptable",
        StatusCodes.Status409Conflict => "Problem.Conflict",
        StatusCodes.Status413PayloadTooLarge => "Problem.TooLarge",
        StatusCodes.Status415UnsupportedMediaType => "Problem.UnsupportedMediaType",
        StatusCodes.Status429TooManyRequests => "Problem.TooManyRequests",
        StatusCodes.Status503ServiceUnavailable => "Problem.Unavailable",
        >= StatusCodes.Status500InternalServerError => "Problem.ServerError",
        _ => null,
    } is { } key ? UiText.Format(key) : null;

    public ProblemDetails ToDetails()
    {
        var details = Errors is null ? new ProblemDetails() : new ValidationProblemDetails(Errors);
        details.Status = Status;
        details.Title = Title;
        details.Detail = Detail;
        return details;
    }

    private static Problem Invalid(IDictionary<string, string[]> errors) =>
        new(StatusCodes.Status400BadRequest, UiText.Format("Problem.Invalid"), null, errors);

    /// <summary>
    /// Field errors keyed the way the JSON names the fields (camelCase, dotted paths). Validators' messages
    /// are translated already; failures raised by hand are translated here.
    /// </summary>
    private static Dictionary<string, string[]> FieldErrors(ValidationException exception) =>
        exception.Errors
            .GroupBy(failure => JsonPath(failure.PropertyName))
            .ToDictionary(group => group.Key, group => group.Select(failure => UiText.Translate(failure.ErrorMessage)).Distinct().ToArray());

    /// <summary>
    /// The database cannot be reached or is busy for now (a refused connection, a timeout, a locked SQLite file):
    /// the request may succeed if tried again, so it is a 503, not a fault of the request or of ours.
    /// EF Core wraps the driver's exception, so every inner exception is looked at.
    /// </summary>
    private static bool IsOutage(Exception exception)
    {
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            if (cause is System.Data.Common.DbException { IsTransient: true } or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    private static string JsonPath(string propertyName) =>
        propertyName.Length == 0 ? "$" : string.Join('.', propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
