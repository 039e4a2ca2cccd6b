using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Marketplace.TestSupport;

/// <summary>
/// The app as a deployment runs it: <c>Marketplace.Web.dll</c> in a process of its own, on a loopback port, configured
/// through environment variables only. Several of them on one database are several instances behind a load balancer.
/// Its console log is kept, line by line, so a test can read what this instance did.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    /// <summary>How long a start may take on a busy two-core machine running other tests beside it.</summary>
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromMinutes(2);

    private readonly Process _process;

    private AppProcess(string name, Process process, Uri address)
    {
        Name = name;
        _process = process;
        Address = address;
    }

    /// <summary>What the test calls this instance (A, B), for messages.</summary>
    public string Name { get; }

    /// <summary>Where it listens: <c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Every line the process wrote to its console so far.</summary>
    public ConcurrentQueue<string> Log { get; } = new();

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Starts the app with <paramref name="settings"/> (configuration keys with <c>:</c>; arguments such as
    /// <c>migrate</c> in <paramref name="arguments"/>) and, unless it is a command, waits until <c>/health/ready</c>
    /// answers 200. Fails with the process's own log when it exits or is not ready within two minutes.
    /// </summary>
    public static async Task<AppProcess> StartAsync(string name, IReadOnlyDictionary<string, string> settings, params string[] arguments)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.Combine(RepositoryRoot.Path, "src", "Marketplace.Web"),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Marketplace.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_URLS"] = address.AbsoluteUri.TrimEnd('/');
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = new Process { StartInfo = start };
        var app = new AppProcess(name, process, address);
        process.OutputDataReceived += (_, line) => app.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => app.Keep(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (arguments.Length == 0)
        {
            await app.WaitUntilReadyAsync();
        }

        return app;
    }

    /// <summary>Runs an app command (<c>migrate</c>) to its end; fails with its log unless it exits with 0.</summary>
    public static async Task RunCommandAsync(IReadOnlyDictionary<string, string> settings, string command)
    {
        await using var app = await StartAsync(command, settings, command);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await app._process.WaitForExitAsync(timeout.Token);
        if (app._process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{command}' exited with {app._process.ExitCode}:\n{app.LogText}");
        }
    }

    /// <summary>A client of this instance, reading answers in English.</summary>
    public HttpClient Client(HttpMessageHandler? handler = null)
    {
        var client = handler is null ? new HttpClient() : new HttpClient(handler);
        client.BaseAddress = Address;
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    /// <summary>The lines of the log that contain <paramref name="text"/>.</summary>
    public IReadOnlyList<string> LinesWith(string text) => [.. Log.Where(line => line.Contains(text, StringComparison.Ordinal))];

    /// <summary>Ends the process at once, as <c>kill -9</c> does: nothing of it runs on, nothing is flushed.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private string LogText => string.Join('\n', Log);

    private void Keep(string? line)
    {
        if (line is not null)
        {
            Log.Enqueue(line);
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = Client();
        try
        {
            await Eventually.TrueAsync(() => AnswersReadyAsync(client), $"instance {Name} ready", ReadyWithin);
        }
        catch (TimeoutException late)
        {
            throw new TimeoutException($"{late.Message}:\n{LogText}", late);
        }
    }

    /// <summary>True once <c>/health/ready</c> answers 200; fails at once, with the log, when the process has exited.</summary>
    private async Task<bool> AnswersReadyAsync(HttpClient client)
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"Instance {Name} exited with {_process.ExitCode} before it was ready:\n{LogText}");
        }

        try
        {
            using var ready = await client.GetAsync("/health/ready");
            return ready.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception notYet) when (notYet is HttpRequestException or TaskCanceledException)
        {
            // Not listening yet, or busy starting (the first answer waits for the search index to be built).
            return false;
        }
    }

    /// <summary>A port nothing listens on now: the system picks it for a listener that is closed at once.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
