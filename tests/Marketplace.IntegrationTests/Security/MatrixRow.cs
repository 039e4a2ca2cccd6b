namespace Marketplace.IntegrationTests.Security;

/// <summary>
/// One line of the authorization matrix: an endpoint (<paramref name="Method"/> and the route
/// <paramref name="Template"/> the app serves), the address it is called at, what is sent, and what each user
/// gets. Method <c>*</c> is an endpoint that answers every method; the matrix calls it with GET.
/// </summary>
/// <param name="OnPages">Sent by the users' page sessions (cookie and antiforgery token) instead of their API clients (bearer token).</param>
/// <param name="Cells">Ten tokens (or nine, programme staff left out) in <see cref="Who"/> order, as <see cref="Expected.Parse"/> reads them.</param>
/// <param name="Send">What is sent, made afresh for each call; null sends no body.</param>
/// <param name="EndsTheSession">The request signs out: each user sends it from a session signed in for it alone.</param>
internal sealed record MatrixRow(
    string Method, string Template, Func<MatrixWorld, string> Url, bool OnPages, string Cells, Func<MatrixWorld, Payload>? Send = null,
    bool EndsTheSession = false)
{
    public Expected[] Expected { get; } = Security.Expected.Parse(Cells);

    public bool IsWrite => Method is not ("GET" or "*");

    /// <summary>
    /// A read, or a write every user may send (each about their own account or session): its cells are sent at
    /// once, as no user's answer depends on another's. Any other write sends them one by one, in column order.
    /// </summary>
    public bool RunsAtOnce => !IsWrite || Expected.All(cell => !cell.IsRefusal);

    public Expected For(Who who) => Expected[(int)who];
}

/// <summary>
/// A request's body: JSON for the API, form fields for the pages (the runner adds the antiforgery token), or a
/// file as the multipart field <c>file</c> (with the form fields on the pages).
/// </summary>
internal sealed record Payload(object? Json = null, IReadOnlyDictionary<string, string>? Form = null, byte[]? File = null)
{
    public static Payload Of(object json) => new(Json: json);

    public static Payload Fields(params (string Name, string Value)[] fields) => new(Form: fields.ToDictionary(f => f.Name, f => f.Value));

    public static Payload Upload(byte[] bytes) => new(File: bytes);
}
