using System.Diagnostics;
using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.OpenApi;

/// <summary>
/// The npm tools of <c>tests/openapi</c> (installed by <c>npm ci</c> there, which ./test.sh runs), run as a partner
/// would run them on the served document.
/// </summary>
internal static class OpenApiTools
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot.Path, "tests", "openapi");

    /// <summary>Runs the npm tool <paramref name="tool"/> in <paramref name="workingDirectory"/>.</summary>
    public static async Task<ToolRun> RunAsync(string tool, string workingDirectory, params string[] arguments)
    {
        var executable = Path.Combine(Folder, "node_modules", ".bin", tool);
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"{executable} is missing: run `npm ci` in {Folder} (./test.sh does).");
        }

        return await RunProcessAsync(executable, workingDirectory, arguments);
    }

    /// <summary>Runs <paramref name="executable"/>, failing after two minutes.</summary>
    public static async Task<ToolRun> RunProcessAsync(string executable, string workingDirectory, string[] arguments, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(executable) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        // Redocly asks to send usage figures unless told not to; nothing here may reach the internet.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(executable)} ran for two minutes: {await error}");
        }

        return new ToolRun(process.ExitCode, await output, await error);
    }
}

/// <summary>How a tool ended: its exit code, standard output and standard error.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Errors)
{
    public override string ToString() => $"exit code {ExitCode}\n{Output}\n{Errors}";
}
