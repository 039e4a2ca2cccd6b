using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;
using Marketplace.Application.Accounts;
using Marketplace.Application.Notifications;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Infrastructure.Notifications;

/// <summary>
/// The email templates, Liquid files embedded in this assembly as <c>email-templates/{language}/{template}.liquid</c>,
/// rendered with Fluid. A file's first line is the subject, the rest after a blank line the plain text; the HTML is that
/// text in paragraphs with its links made clickable, in a document of the reader's language. Variables and filters are
/// strict: a template naming a value its caller did not give throws rather than sending a gap.
/// </summary>
internal sealed partial class LiquidEmailTemplates : IEmailTemplates
{
    private const string Prefix = "email-templates/";

    private static readonly FluidParser Parser = new();

    private readonly TemplateOptions _options = Options();

    /// <summary>Every template by language and name, parsed once.</summary>
    public IReadOnlyDictionary<(string Language, string Template), IFluidTemplate> Templates { get; } = Load();

    public RenderedEmail Render(string templateName, string language, string timeZone, IReadOnlyDictionary<string, object?> values)
    {
        if (!Templates.TryGetValue((language, templateName), out var parsed))
        {
            throw new InvalidOperationException($"No email template '{templateName}' in '{language}'.");
        }

        var context = new TemplateContext(_options)
        {
            CultureInfo = CultureOf(language),
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById(timeZone),
        };
        foreach (var (name, value) in values)
        {
            // Strict variables take nil for a value never given: "none" is false, for {% if charge %}.
            context.SetValue(name, value is null ? BooleanValue.False : FluidValue.Create(value, _options));
        }

        string written;
        try
        {
            written = parsed.Render(context).ReplaceLineEndings("\n");
        }
        catch (FluidException failure)
        {
            throw new InvalidOperationException($"Email template '{templateName}' ({language}) cannot be written: {failure.Message}", failure);
        }

        var split = written.IndexOf("\n\n", StringComparison.Ordinal);
        var subject = written[..split].Trim();
        var text = written[(split + 2)..].Trim() + "\n";
        return new RenderedEmail(subject, text, Html(subject, text, language));
    }

    private static TemplateOptions Options()
    {
        var options = new TemplateOptions { StrictVariables = true, StrictFilters = true };
        options.ValueConverters.Add(value => value is Money money ? new StringValue(money.ToString()) : null);
        options.Filters.AddFilter("when", When);
        return options;
    }

    /// <summary>
    /// <c>{{ first | when }}</c>: an instant in the reader's zone and language, "Senin, 7 Desember 2026 09.00 WITA" or
    /// "Monday, 7 December 2026 09:00 WITA" (the site's own time styles); a list of instants joined with "dan" / "and".
    /// </summary>
    private static ValueTask<FluidValue> When(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var zone = context.TimeZone.Id;
        var culture = context.CultureInfo;
        var instants = input is ArrayValue list ? list.Values.Select(v => v.ToObjectValue()) : [input.ToObjectValue()];
        var written = instants.Select(instant => instant is DateTimeOffset at
            ? Write(IndonesianTimeZones.ToLocal(at, zone), zone, culture)
            : throw new InvalidOperationException($"'when' writes instants, not {instant}."));
        return new StringValue(string.Join(culture.TwoLetterISOLanguageName == AccountLanguages.Indonesian ? " dan " : " and ", written));
    }

    private static string Write(DateTimeOffset local, string zone, CultureInfo culture) =>
        local.ToString("dddd, d MMMM yyyy ", culture)
        + local.ToString(culture.TwoLetterISOLanguageName == AccountLanguages.Indonesian ? "HH'.'mm" : "HH':'mm", CultureInfo.InvariantCulture)
        + " " + IndonesianTimeZones.Abbreviation(zone);

    private static CultureInfo CultureOf(string language) =>
        CultureInfo.GetCultureInfo(language == AccountLanguages.Indonesian ? "id-ID" : "en-GB");

    private static string Html(string subject, string text, string language)
    {
        var body = Link().Replace(HtmlParagraphs.From(text), link => $"<a href=\"{link.Value}\">{link.Value}</a>");
        return new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"").Append(language).Append("\">\n<head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(subject)).Append("</title></head>\n")
            .Append("<body style=\"font-family: sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 36em\">\n")
            .Append(body).Append("</body>\n</html>\n").ToString();
    }

    private static Dictionary<(string Language, string Template), IFluidTemplate> Load()
    {
        var assembly = typeof(LiquidEmailTemplates).Assembly;
        var templates = new Dictionary<(string, string), IFluidTemplate>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            // MSBuild writes the language folder with the building machine's separator.
            var path = resource[Prefix.Length..^".liquid".Length].Replace('\\', '/').Split('/');
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            templates[(path[0], path[1])] = Parser.TryParse(reader.ReadToEnd(), out var parsed, out var error)
                ? parsed
                : throw new InvalidOperationException($"Email template {resource} does not parse: {error}");
        }

        return templates;
    }

    /// <summary>An address in an HTML-encoded paragraph; it ends before a space, a tag or an encoded quote.</summary>
    [GeneratedRegex(@"https?://[^\s<&]+(?:&amp;[^\s<&]+)*", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Link();
}
