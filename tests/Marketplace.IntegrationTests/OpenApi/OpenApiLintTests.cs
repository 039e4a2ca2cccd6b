using System.Text.Json;
using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.OpenApi;

/// <summary>
/// The served OpenAPI document passes the linters partners use, as configured in <c>tests/openapi</c>: Redocly CLI's
/// recommended rules and Spectral's <c>spectral:oas</c>, with no error and no warning. A rule switched off there says why.
/// </summary>
public sealed class OpenApiLintTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task Redocly_RecommendedRules_FindNoErrorAndNoWarning()
    {
        var folder = await ServedDocumentAsync();

        var run = await OpenApiTools.RunAsync("redocly", folder, "lint", "openapi.json", "--config", "redocly.yaml", "--format", "json", "--max-problems", "1000");

        using var report = JsonDocument.Parse(run.Output);
        var problems = report.RootElement.GetProperty("problems").EnumerateArray()
            .Select(problem => $"{problem.GetProperty("severity")} {problem.GetProperty("ruleId")}: {problem.GetProperty("message")} at {problem.GetProperty("location")[0].GetProperty("pointer")}")
            .ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Equal(0, report.RootElement.GetProperty("totals").GetProperty("errors").GetInt32());
        Assert.Equal(0, report.RootElement.GetProperty("totals").GetProperty("warnings").GetInt32());
    }

    [Fact]
    public async Task Spectral_Oas_FindsNothing()
    {
        var folder = await ServedDocumentAsync();

        var run = await OpenApiTools.RunAsync("spectral", folder, "lint", "openapi.json", "--ruleset", ".spectral.yaml", "--format", "json", "--output", "spectral.json", "--fail-severity", "hint");

        var results = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "spectral.json"))).RootElement.EnumerateArray()
            .Select(result => $"{result.GetProperty("code")}: {result.GetProperty("message")} at {string.Join('.', result.GetProperty("path").EnumerateArray())}")
            .ToList();
        Assert.True(results.Count == 0, string.Join(Environment.NewLine, results));
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    /// <summary>A folder holding the document the app serves, as <c>openapi.json</c>, beside the linters' configuration.</summary>
    private async Task<string> ServedDocumentAsync()
    {
        var folder = Directory.CreateTempSubdirectory("peduli-openapi-lint-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "openapi.json"), await app.CreateClient().GetStringAsync("/openapi/v1.json"));
        foreach (var configuration in new[] { "redocly.yaml", ".redocly.lint-ignore.yaml", ".spectral.yaml" })
        {
            File.Copy(Path.Combine(OpenApiTools.Folder, configuration), Path.Combine(folder, configuration));
        }

        return folder;
    }
}
