using System.Net;
using System.Text.RegularExpressions;
using Marketplace.TestSupport;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Hostile;

/// <summary>
/// Every form of the pages, sent with each field made hostile in turn (left out, blank, of the wrong kind, out
/// of range, with a control character, odd). Never a 500; a required field left out or blank, a wrong kind,
/// an impossible value or a control character is a 4xx page that says what is wrong; whatever is refused
/// stores nothing. Button forms are sent for ids that do not exist.
/// </summary>
public abstract partial class HostilePageFormTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task EveryForm_AnswersEveryHostileField_WithA4xxPageSayingWhy_AndStoresNothing()
    {
        var forms = await PageWorld.MakeAsync(app);
        var failures = new List<string>();
        foreach (var form in forms)
        {
            if (form.Fields is { } fields)
            {
                foreach (var (field, harm, value) in Mutations(fields))
                {
                    var sent = fields.ToDictionary(f => f.Key, f => f.Value.Value);
                    if (value is null)
                    {
                        sent.Remove(field);
                    }
                    else
                    {
                        sent[field] = value;
                    }

                    var refusedIfRequired = harm is not Harm.Odd && !(harm is Harm.Missing or Harm.Null && (form.Optional ?? []).Contains(field));
                    var answer = await PostAsync(form, sent);
                    failures.AddRange(answer.Check(refusedIfRequired).Select(f => $"{form.Template} ({form.Action()}): {harm} {field}: {f}"));
                }
            }
            else
            {
                var answer = await PostAsync(form, []);
                failures.AddRange(answer.Check(mustRefuse: false).Select(f => $"{form.Template}: an unknown id: {f}"));
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} hostile fields were answered wrongly:\n" + string.Join("\n", failures.Take(80)));
    }

    [Fact]
    public async Task EveryFormOfThePages_IsInTheList()
    {
        var listed = (await PageWorld.MakeAsync(app)).Where(form => !form.IsSearch).Select(form => form.Template).ToHashSet();
        var served = app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<ControllerActionDescriptor>()
            .Where(action => action.ActionConstraints?.OfType<HttpMethodActionConstraint>().Any(c => c.HttpMethods.Contains("POST")) == true)
            .Select(action => action.AttributeRouteInfo!.Template!.TrimStart('/'))
            .Where(template => !template.StartsWith("api/", StringComparison.Ordinal));

        Assert.Empty(served.Except(listed));
    }

    /// <summary>Each field left out, blank, and given values that do not fit it; null means left out.</summary>
    private static IEnumerable<(string Field, Harm Harm, string? Value)> Mutations(Dictionary<string, (FieldKind Kind, string Value)> fields)
    {
        foreach (var (field, (kind, value)) in fields)
        {
            yield return (field, Harm.Missing, null);
            yield return (field, Harm.Null, string.Empty);
            yield return (field, Harm.ControlCharacter, value + "\u0001");
            if (kind != FieldKind.Text)
            {
                yield return (field, Harm.WrongType, "abc");
            }

            switch (kind)
            {
                case FieldKind.Text:
                    yield return (field, Harm.OutOfRange, new string('x', 10_000));
                    yield return (field, Harm.ControlCharacter, "\u202E" + value);
                    yield return (field, Harm.ControlCharacter, "\u200B\u200B");
                    break;
                case FieldKind.Number:
                    yield return (field, Harm.OutOfRange, "99999999999999");
                    yield return (field, Harm.OutOfRange, "-99999999999999");
                    yield return (field, Harm.Odd, "0");
                    yield return (field, Harm.Odd, "-1");
                    yield return (field, Harm.Odd, "0,5");
                    break;
                case FieldKind.Date:
                    yield return (field, Harm.OutOfRange, "9999-12-31");
                    yield return (field, Harm.OutOfRange, "0001-01-01");
                    break;
                case FieldKind.Time:
                    yield return (field, Harm.OutOfRange, "25:00");
                    break;
                default:
                    break;
            }
        }
    }

    // A form's token is fetched once: it stays good for the session that fetched it, and a page fetched for every one
    // of the thousands of posts took most of this test's time on PostgreSQL.
    private readonly Dictionary<(HttpClient Session, string Page), string> tokens = [];
    private readonly RefusalCheck refusals = new(app);

    private async Task<string> TokenAsync(PageForm form)
    {
        if (!tokens.TryGetValue((form.As, form.FormPage), out var token))
        {
            token = await form.As.AntiforgeryTokenAsync(form.FormPage);
            tokens[(form.As, form.FormPage)] = token;
        }

        return token;
    }

    private async Task<Answer> PostAsync(PageForm form, Dictionary<string, string> fields)
    {
        var token = form.IsSearch ? null : await TokenAsync(form);
        var (response, html, storedNothingIfRefused) = await refusals.SendAsync(async () => form.IsSearch
            ? await form.As.GetAsync(form.Action() + "?" + await new FormUrlEncodedContent(fields).ReadAsStringAsync())
            : await form.As.PostAsync(form.Action(), new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token!)])));
        return new Answer(response.StatusCode, html, storedNothingIfRefused);
    }

    private sealed partial record Answer(HttpStatusCode Status, string Html, bool StoredNothingIfRefused)
    {
        private static readonly string[] Explanations = ["field-validation-error", "validation-summary-errors", "data-testid=\"problem\"", "id=\"error-title\""];

        public IEnumerable<string> Check(bool mustRefuse)
        {
            var code = (int)Status;
            if (code >= 500)
            {
                yield return $"answered {code}";
                yield break;
            }

            if (code is >= 400 and < 500)
            {
                if (!StoredNothingIfRefused)
                {
                    yield return $"refused with {code} but changed the database";
                }

                if (!Explanations.Any(mark => Html.Contains(mark, StringComparison.Ordinal)))
                {
                    yield return $"refused with {code} without saying why";
                }

                foreach (var target in SummaryLinks().Matches(SummaryOf(Html)).Select(link => link.Groups["id"].Value)
                    .Where(id => !Html.Contains($" id=\"{id}\"", StringComparison.Ordinal)))
                {
                    yield return $"the error summary links to #{target}, which is no field of the page";
                }

                foreach (var repeated in Ids().Matches(Html).GroupBy(id => id.Groups["id"].Value, StringComparer.Ordinal).Where(same => same.Count() > 1))
                {
                    yield return $"{repeated.Count()} elements have the id '{repeated.Key}': its label and summary link reach only the first";
                }
            }
            else if (mustRefuse)
            {
                yield return $"accepted with {code}";
            }
        }

        private static string SummaryOf(string html)
        {
            var start = html.IndexOf("validation-summary-errors", StringComparison.Ordinal);
            return start < 0 ? string.Empty : html[start..html.IndexOf("</div>", start, StringComparison.Ordinal)];
        }

        [GeneratedRegex("href=\"#(?<id>[^\"]+)\"")]
        private static partial Regex SummaryLinks();

        [GeneratedRegex(" id=\"(?<id>[^\"]+)\"")]
        private static partial Regex Ids();
    }
}

/// <summary>On PostgreSQL only, the stricter store (see <see cref="HostileApiInputOnPostgres"/>).</summary>
public sealed class HostilePageFormsOnPostgres(PostgresAppFactory app) : HostilePageFormTests<PostgresAppFactory>(app);
