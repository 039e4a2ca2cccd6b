using Marketplace.Infrastructure;
using Marketplace.Web.Composition;

var builder = WebApplication.CreateBuilder(args);

// Every environment checks the container at start-up, so a service that cannot be built fails every test, not only Development.
builder.Host.UseDefaultServiceProvider(options =>
{
    options.ValidateScopes = true;
    options.ValidateOnBuild = true;
});
var dataPath = DataPathOptions.From(builder.Configuration[DataPathOptions.ConfigurationKey], builder.Environment.ContentRootPath);

builder.Services
    .AddUseCases(builder.Configuration)
    .AddInfrastructure(builder.Configuration, dataPath)
    .AddAccounts()
    .AddUiLanguages()
    .AddErrorHandling()
    .AddPagesAndApi()
    .AddRateLimits(builder.Configuration)
    .AddHealth()
    .AddSchedules();
builder.Services.AddWebSecurity(builder.Configuration);
builder.Services.AddCompression();

var app = builder.Build();

if (await app.RunCommandAsync(args))
{
    return;
}

// Outermost of ours (only the framework's host filter answers earlier), so every refusal is logged, the security
// middleware's included.
app.UseRefusalLogging();

// Next, so everything after it sees the real client and scheme, and every answer carries the security headers.
app.UseWebSecurity();

// Outside everything that writes an answer (error pages and static files included), so all of it can be compressed.
app.UseResponseCompression();

// Outermost of what answers, so every answer (an error's included) is in the request's language.
app.UseRequestLocalization();
app.UseErrorHandling();

app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();

// Only endpoints that ask for it are cached (the OpenAPI document), and never for a signed-in request.
app.UseOutputCache();

app.MapHealth();
app.MapApiReference();
app.MapControllers();

await app.RunAsync();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
