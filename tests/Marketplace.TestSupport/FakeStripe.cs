using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.TestSupport;

/// <summary>
/// A local stand-in for the Stripe endpoints the card adapter calls (Customers, Checkout Sessions in payment and setup
/// mode, PaymentIntent creation off session, capture and cancel, Refunds), served on 127.0.0.1 so the real Stripe.net
/// client talks to it over HTTP. It records every request, keeps Stripe's idempotency (a key reused answers the first
/// answer), can be told to fail the next call the way Stripe fails, and serves a hosted checkout page whose buttons
/// authorise, decline or save the card and send the signed webhook the real Stripe would.
/// </summary>
public sealed class FakeStripe : IAsyncDisposable
{
    public const string SecretKey = "sk_test_peduli_fake";
    public const string WebhookSecret = "whsec_test_peduli_fake";
    public const string ApiVersion = "2026-10-28.endive";

    private readonly WebApplication _server;
    private readonly ConcurrentDictionary<string, (int Status, string Json)> _byIdempotencyKey = new();
    private readonly ConcurrentDictionary<string, JsonObject> _sessions = new();
    private readonly ConcurrentDictionary<string, JsonObject> _intents = new();
    private readonly ConcurrentQueue<(string PathStart, int Status, string Type, string Code)> _failures = new();
    private int _sequence;

    private FakeStripe(WebApplication server) => _server = server;

    /// <summary>Where the fake listens: Stripe.net's <c>ApiBase</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every API request in order: method, path, form fields and the idempotency key.</summary>
    public ConcurrentQueue<StripeRequest> Requests { get; } = new();

    /// <summary>Every webhook the fake has sent or been asked to sign, in order, so a test can replay one.</summary>
    public ConcurrentQueue<string> Events { get; } = new();

    /// <summary>Where webhooks go: the app under test (set once the app's client exists).</summary>
    public Func<HttpClient>? App { get; set; }

    public static async Task<FakeStripe> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();

        // The test's folder holds the app's appsettings.json, whose AllowedHosts would refuse 127.0.0.1.
        builder.Configuration["AllowedHosts"] = "*";
        var fake = new FakeStripe(builder.Build());
        fake.MapRoutes();
        await fake._server.StartAsync();
        var address = fake._server.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        fake.BaseAddress = new Uri(address);
        return fake;
    }

    /// <summary>
    /// The next <paramref name="times"/> API calls whose path starts with <paramref name="pathStart"/> fail as Stripe would:
    /// its HTTP status and error. (Stripe.net itself retries a 429 or a 5xx twice.)
    /// </summary>
    public void FailNext(string pathStart, int status, string type, string code, int times = 1)
    {
        for (var time = 0; time < times; time++)
        {
            _failures.Enqueue((pathStart, status, type, code));
        }
    }

    /// <summary>How many of the failures asked for with <see cref="FailNext"/> have not happened yet.</summary>
    public int FailuresPending => _failures.Count;

    /// <summary>The requests to a path starting with <paramref name="pathStart"/>.</summary>
    public IReadOnlyList<StripeRequest> RequestsTo(string pathStart) => [.. Requests.Where(r => r.Path.StartsWith(pathStart, StringComparison.Ordinal))];

    /// <summary>The PaymentIntent the fake holds (amounts in sen), by id.</summary>
    public JsonObject Intent(string id) => _intents[id];

    /// <summary>The id of the one PaymentIntent made for the app's payment <paramref name="paymentId"/> (its metadata's <c>payment_id</c>).</summary>
    public string IntentOfPayment(Guid paymentId) =>
        _intents.Values.Single(intent => intent["metadata"]?["payment_id"]?.GetValue<string>() == paymentId.ToString("D"))["id"]!.GetValue<string>();

    /// <summary>An event of <paramref name="type"/> about <paramref name="data"/>, as Stripe sends it.</summary>
    public string EventJson(string type, JsonObject data) => new JsonObject
    {
        ["id"] = $"evt_{Next()}",
        ["object"] = "event",
        ["api_version"] = ApiVersion,
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["livemode"] = false,
        ["pending_webhooks"] = 1,
        ["type"] = type,
        ["data"] = new JsonObject { ["object"] = data.DeepClone() },
    }.ToJsonString();

    /// <summary>Stripe's <c>Stripe-Signature</c> header for <paramref name="json"/>: <c>t=…,v1=HMAC-SHA256(secret, "t.json")</c>.</summary>
    public static string Sign(string json, DateTimeOffset at, string secret = WebhookSecret)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{json}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }

    /// <summary>Posts <paramref name="json"/> to the app's webhook with <paramref name="signature"/> (by default a valid one made now).</summary>
    public async Task<HttpResponseMessage> DeliverAsync(string json, string? signature = null)
    {
        var app = (App ?? throw new InvalidOperationException("Set App before webhooks are delivered."))();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/webhooks/stripe") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("Stripe-Signature", signature ?? Sign(json, DateTimeOffset.UtcNow));
        return await app.SendAsync(request);
    }

    /// <summary>Sends an event of <paramref name="type"/> about the PaymentIntent <paramref name="intentId"/> as it is now, and keeps it.</summary>
    public async Task<string> SendIntentEventAsync(string type, string intentId)
    {
        var json = EventJson(type, _intents[intentId]);
        Events.Enqueue(json);
        (await DeliverAsync(json)).EnsureSuccessStatusCode();
        return json;
    }

    /// <summary>Sends <c>charge.refunded</c> for the PaymentIntent's charge with its total refunded so far.</summary>
    public async Task<string> SendChargeEventAsync(string type, string intentId)
    {
        var intent = _intents[intentId];
        var charge = new JsonObject
        {
            ["id"] = $"ch_{intentId}",
            ["object"] = type == "charge.dispute.created" ? "dispute" : "charge",
            ["payment_intent"] = intentId,
            ["amount"] = intent["amount_received"]!.GetValue<long>(),
            ["amount_refunded"] = intent["amount_refunded"]?.GetValue<long>() ?? 0,
            ["currency"] = "idr",
        };
        var json = EventJson(type, charge);
        Events.Enqueue(json);
        (await DeliverAsync(json)).EnsureSuccessStatusCode();
        return json;
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private void MapRoutes()
    {
        _server.MapPost("/v1/customers", (HttpRequest request) => Api(request, form =>
            new JsonObject { ["id"] = $"cus_test_{Next()}", ["object"] = "customer", ["metadata"] = Metadata(form, "metadata") }));
        _server.MapPost("/v1/checkout/sessions", (HttpRequest request) => Api(request, form =>
        {
            var id = $"cs_test_{Next()}";
            var setup = form.GetValueOrDefault("mode") == "setup";
            var session = new JsonObject
            {
                ["id"] = id,
                ["object"] = "checkout.session",
                ["status"] = "open",
                ["mode"] = form.GetValueOrDefault("mode"),
                ["amount_total"] = setup ? null : long.Parse(form["line_items[0][price_data][unit_amount]"], CultureInfo.InvariantCulture),
                ["currency"] = setup ? form["currency"] : form["line_items[0][price_data][currency]"],
                ["customer"] = form.GetValueOrDefault("customer"),
                ["url"] = new Uri(BaseAddress, $"/pay/{id}").AbsoluteUri,
                ["success_url"] = form["success_url"],
                ["cancel_url"] = form["cancel_url"],
                ["metadata"] = Metadata(form, setup ? "setup_intent_data[metadata]" : "payment_intent_data[metadata]"),
            };
            _sessions[id] = session;
            return session;
        }));
        _server.MapPost("/v1/payment_intents", (HttpRequest request) => Api(request, form =>
        {
            // A saved card authorised off session: confirmed at once, held for capture.
            var id = $"pi_test_{Next()}";
            var amount = long.Parse(form["amount"], CultureInfo.InvariantCulture);
            _intents[id] = new JsonObject
            {
                ["id"] = id,
                ["object"] = "payment_intent",
                ["amount"] = amount,
                ["amount_capturable"] = amount,
                ["amount_received"] = 0,
                ["capture_method"] = form["capture_method"],
                ["currency"] = form["currency"],
                ["customer"] = form["customer"],
                ["payment_method"] = form["payment_method"],
                ["status"] = "requires_capture",
                ["metadata"] = Metadata(form, "metadata"),
            };
            return _intents[id];
        }));
        _server.MapPost("/v1/payment_intents/{id}/capture", (HttpRequest request, string id) => Api(request, form =>
        {
            var intent = _intents[id];
            if (intent["status"]!.GetValue<string>() != "requires_capture")
            {
                throw new StripeFailure(400, "invalid_request_error", "payment_intent_unexpected_state");
            }

            var amount = form.TryGetValue("amount_to_capture", out var text) ? long.Parse(text, CultureInfo.InvariantCulture) : intent["amount"]!.GetValue<long>();
            intent["amount_received"] = amount;
            intent["amount_capturable"] = 0;
            intent["status"] = "succeeded";
            return intent;
        }));
        _server.MapPost("/v1/payment_intents/{id}/cancel", (HttpRequest request, string id) => Api(request, _ =>
        {
            var intent = _intents[id];
            intent["amount_capturable"] = 0;
            intent["status"] = "canceled";
            return intent;
        }));
        _server.MapPost("/v1/refunds", (HttpRequest request) => Api(request, form =>
        {
            var intent = _intents[form["payment_intent"]];
            var amount = long.Parse(form["amount"], CultureInfo.InvariantCulture);
            var refunded = (intent["amount_refunded"]?.GetValue<long>() ?? 0) + amount;
            if (refunded > intent["amount_received"]!.GetValue<long>())
            {
                throw new StripeFailure(400, "invalid_request_error", "charge_already_refunded");
            }

            intent["amount_refunded"] = refunded;
            return new JsonObject { ["id"] = $"re_{Next()}", ["object"] = "refund", ["amount"] = amount, ["currency"] = "idr", ["payment_intent"] = intent["id"]!.GetValue<string>(), ["status"] = "succeeded" };
        }));
        _server.MapGet("/pay/{id}", (string id) => Results.Content(
            $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
            <title>Fake Stripe Checkout</title></head><body><main><h1>{Heading(_sessions[id])}</h1>
            <form method="post" action="/pay/{id}"><button id="authorise">{(IsSetup(_sessions[id]) ? "Save card" : "Pay")}</button></form>
            <form method="post" action="/pay/{id}/decline"><button id="decline">Use a card that is declined</button></form>
            <a id="back" href="{_sessions[id]["cancel_url"]}">Back</a></main></body></html>
            """, "text/html"));
        _server.MapPost("/pay/{id}", async (string id) =>
        {
            if (IsSetup(_sessions[id]))
            {
                await SendSetupEventAsync(NewSetup(_sessions[id]));
            }
            else
            {
                await SendIntentEventAsync("payment_intent.amount_capturable_updated", NewIntent(_sessions[id], "requires_capture"));
            }

            return Results.Redirect(_sessions[id]["success_url"]!.GetValue<string>());
        });
        _server.MapPost("/pay/{id}/decline", async (string id) =>
        {
            // Saving a card that is refused leaves the family on Stripe's page with nothing saved, and no event we act on.
            if (!IsSetup(_sessions[id]))
            {
                await SendIntentEventAsync("payment_intent.payment_failed", NewIntent(_sessions[id], "requires_payment_method"));
            }

            return Results.Redirect(_sessions[id]["cancel_url"]!.GetValue<string>());
        });
    }

    /// <summary>The family completes the checkout: a PaymentIntent authorised (or declined) for the session's amount, with its metadata.</summary>
    public string NewIntent(JsonObject session, string status)
    {
        var id = $"pi_test_{Next()}";
        var amount = session["amount_total"]!.GetValue<long>();
        _intents[id] = new JsonObject
        {
            ["id"] = id,
            ["object"] = "payment_intent",
            ["amount"] = amount,
            ["amount_capturable"] = status == "requires_capture" ? amount : 0,
            ["amount_received"] = 0,
            ["capture_method"] = "manual",
            ["currency"] = session["currency"]!.GetValue<string>(),
            ["status"] = status,
            ["metadata"] = session["metadata"]!.DeepClone(),
        };
        session["status"] = "complete";
        return id;
    }

    /// <summary>The family saves its card on a setup-mode checkout: a SetupIntent for the session's customer, with its metadata.</summary>
    public JsonObject NewSetup(JsonObject session)
    {
        session["status"] = "complete";
        return new JsonObject
        {
            ["id"] = $"seti_test_{Next()}",
            ["object"] = "setup_intent",
            ["status"] = "succeeded",
            ["usage"] = "off_session",
            ["customer"] = session["customer"]!.GetValue<string>(),
            ["payment_method"] = $"pm_test_{Next()}",
            ["metadata"] = session["metadata"]!.DeepClone(),
        };
    }

    /// <summary>Sends <c>setup_intent.succeeded</c> for <paramref name="setup"/>, and keeps it.</summary>
    public async Task<string> SendSetupEventAsync(JsonObject setup)
    {
        var json = EventJson("setup_intent.succeeded", setup);
        Events.Enqueue(json);
        (await DeliverAsync(json)).EnsureSuccessStatusCode();
        return json;
    }

    private static bool IsSetup(JsonObject session) => session["mode"]?.GetValue<string>() == "setup";

    private static string Heading(JsonObject session) =>
        IsSetup(session) ? "Save your card" : $"Pay Rp {session["amount_total"]!.GetValue<long>() / 100:N0}";

    /// <summary>The session the checkout page at <paramref name="checkoutUrl"/> shows.</summary>
    public JsonObject SessionAt(Uri checkoutUrl) => _sessions[checkoutUrl.Segments[^1]];

    private async Task<IResult> Api(HttpRequest request, Func<Dictionary<string, string>, JsonObject> answer)
    {
        var form = (await request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString());
        var key = request.Headers["Idempotency-Key"].ToString();
        Requests.Enqueue(new StripeRequest(request.Method, request.Path.Value!, form, key, request.Headers.Authorization.ToString()));
        if (_failures.TryPeek(out var failure) && request.Path.Value!.StartsWith(failure.PathStart, StringComparison.Ordinal) && _failures.TryDequeue(out _))
        {
            return Error(failure.Status, failure.Type, failure.Code);
        }

        var scope = $"{request.Path}|{key}";
        if (key.Length > 0 && _byIdempotencyKey.TryGetValue(scope, out var first))
        {
            return Results.Content(first.Json, "application/json", statusCode: first.Status);
        }

        try
        {
            var json = answer(form).ToJsonString();
            if (key.Length > 0)
            {
                _byIdempotencyKey[scope] = (200, json);
            }

            return Results.Content(json, "application/json");
        }
        catch (StripeFailure failed)
        {
            return Error(failed.Status, failed.Type, failed.Code);
        }
    }

    private static IResult Error(int status, string type, string code) => Results.Content(
        new JsonObject { ["error"] = new JsonObject { ["type"] = type, ["code"] = code, ["message"] = $"Fake Stripe: {code}" } }.ToJsonString(),
        "application/json", statusCode: status);

    private static JsonObject Metadata(Dictionary<string, string> form, string prefix) =>
        new(form.Where(f => f.Key.StartsWith(prefix + "[", StringComparison.Ordinal))
            .Select(f => KeyValuePair.Create(f.Key[(prefix.Length + 1)..^1], (JsonNode?)JsonValue.Create(f.Value))));

    private int Next() => Interlocked.Increment(ref _sequence);

    private sealed class StripeFailure(int status, string type, string code) : Exception(code)
    {
        public int Status { get; } = status;

        public string Type { get; } = type;

        public string Code { get; } = code;
    }
}

/// <summary>One request the fake received: form fields as Stripe.net encoded them (<c>payment_intent_data[capture_method]</c>…).</summary>
public sealed record StripeRequest(string Method, string Path, IReadOnlyDictionary<string, string> Form, string IdempotencyKey, string Authorization);
