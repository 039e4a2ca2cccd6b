using System.Text;
using System.Text.Json;
using Marketplace.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Formatters;

namespace Marketplace.Web.Requests;

/// <summary>
/// Reads JSON bodies in two steps: parse, then <see cref="JsonBodyCheck"/> against the target type, and
/// only a body without faults is turned into the model. Faults become model-state errors keyed by their
/// JSON path, which the API answers as a 400 problem naming each field.
/// </summary>
internal sealed class CheckedJsonInputFormatter : TextInputFormatter, IInputFormatterExceptionPolicy
{
    /// <summary>The JSON path of the whole body, where faults of no one member are reported.</summary>
    public const string WholeBody = "$";

    private readonly JsonSerializerOptions _options;
    private readonly JsonBodyCheck _check;

    public CheckedJsonInputFormatter(JsonOptions json)
    {
        _options = json.JsonSerializerOptions;
        _check = new JsonBodyCheck(_options);
        SupportedEncodings.Add(UTF8EncodingWithoutBOM);
        SupportedEncodings.Add(UTF16EncodingLittleEndian);
        SupportedMediaTypes.Add("application/json");
        SupportedMediaTypes.Add("text/json");
        SupportedMediaTypes.Add("application/*+json");
    }

    public InputFormatterExceptionPolicy ExceptionPolicy => InputFormatterExceptionPolicy.MalformedInputExceptions;

    public override async Task<InputFormatterResult> ReadRequestBodyAsync(InputFormatterContext context, Encoding encoding)
    {
        var body = encoding.CodePage == Encoding.UTF8.CodePage
            ? context.HttpContext.Request.Body
            : Encoding.CreateTranscodingStream(context.HttpContext.Request.Body, encoding, Encoding.UTF8, leaveOpen: true);
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, new JsonDocumentOptions { MaxDepth = _options.MaxDepth }, context.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            context.ModelState.TryAddModelError(WholeBody, UiText.Format(InputText.NotJson));
            return await InputFormatterResult.FailureAsync();
        }
        catch (DecoderFallbackException)
        {
            // Bytes that are not text in the charset the Content-Type declares (UTF-8 sent as UTF-16, say).
            context.ModelState.TryAddModelError(WholeBody, UiText.Format(InputText.WrongCharset, encoding.WebName));
            return await InputFormatterResult.FailureAsync();
        }

        using (document)
        {
            if (document.RootElement.ValueKind == JsonValueKind.Null)
            {
                if (context.TreatEmptyInputAsDefaultValue)
                {
                    return await InputFormatterResult.SuccessAsync(null);
                }

                context.ModelState.TryAddModelError(WholeBody, UiText.Format(InputText.BodyRequired));
                return await InputFormatterResult.FailureAsync();
            }

            IReadOnlyList<InputError> errors;
            try
            {
                errors = _check.Check(document.RootElement, context.ModelType);
            }
            catch (InvalidOperationException)
            {
                // A member name that is half a surrogate pair cannot even be read as a name.
                errors = [new(WholeBody, UiText.Format(InputText.NotJson))];
            }

            foreach (var error in errors)
            {
                context.ModelState.TryAddModelError(error.Path, error.Message);
            }

            if (errors.Count > 0)
            {
                return await InputFormatterResult.FailureAsync();
            }

            try
            {
                return await InputFormatterResult.SuccessAsync(document.RootElement.Deserialize(context.ModelType, _options));
            }
            catch (JsonException unreadable)
            {
                // The check above should leave nothing for the serializer to refuse; if it does, the client still gets a 400.
                context.ModelState.TryAddModelError(unreadable.Path ?? string.Empty, UiText.Format(InputText.Invalid, unreadable.Path));
                return await InputFormatterResult.FailureAsync();
            }
        }
    }
}
