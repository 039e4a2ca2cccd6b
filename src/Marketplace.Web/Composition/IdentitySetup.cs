using Marketplace.Application.Accounts;
using Marketplace.Application.Accounts.Register;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.SharedKernel;
using Marketplace.Infrastructure;
using Marketplace.Infrastructure.Identity;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Web.Composition;

internal static class IdentitySetup
{
    /// <summary>Pages sign in with a cookie, API clients with a bearer token; one policy scheme picks per request.</summary>
    public const string CookieOrBearer = "CookieOrBearer";

    /// <summary>What every instance's data protection is scoped to; changing it signs everyone out.</summary>
    private const string DataProtectionApplicationName = "Peduli";

    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        // Sign-in cookies and tokens stay valid across restarts and across instances: the keys live in the database
        // every instance shares, and one application name (not each instance's folder) scopes what they seal.
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName).PersistKeysToDbContext<MarketplaceDbContext>();

        services.AddIdentity<ApplicationUser, IdentityRole<Guid>>(options =>
            {
                // OWASP ASVS V2.1: a length floor, no composition rules, long passphrases welcome.
                options.Password.RequiredLength = FieldLimits.PasswordMinLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;

                // No lockout of accounts: five wrong guesses by anyone would lock the owner out. Guessing is slowed
                // per client instead (SignInThrottle and the sign-in rate limit).
                options.Lockout.AllowedForNewUsers = false;
                options.User.RequireUniqueEmail = true;

                // Signing up answers alike for a new and a taken address; an account is usable only once its address
                // is confirmed (the link in the sign-up email, with the password), so a sign-up tells nobody who has one.
                options.SignIn.RequireConfirmedEmail = true;

                // The user name is the email, which the sign-up rules already check; Identity's default
                // character list refuses valid addresses such as o'neil@example.test.
                options.User.AllowedUserNameCharacters = string.Empty;

                // A change-of-address link works only for the account's latest change request.
                options.Tokens.ChangeEmailTokenProvider = EmailChangeTokenProvider.ProviderName;
            })
            .AddEntityFrameworkStores<MarketplaceDbContext>()
            .AddSignInManager<TimingSafeSignInManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<EmailChangeTokenProvider>(EmailChangeTokenProvider.ProviderName);

        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromHours(SignUpEmailSender.LinkHours));
        services.AddSingleton<IAccountLinks, AccountLinks>();
        services.AddSingleton<Application.Bookings.IBookingLinks, Bookings.BookingLinks>();
        services.AddSingleton<Application.Notifications.Preferences.IUnsubscribeLinks, Notifications.UnsubscribeLinks>();
        services.AddSingleton<PlaceholderPasswordHash>();

        // A password reset changes the security stamp: a signed-in page elsewhere notices within a minute, not half an hour.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieOrBearer;
                options.DefaultAuthenticateScheme = CookieOrBearer;
                options.DefaultChallengeScheme = CookieOrBearer;
                options.DefaultForbidScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, "Cookie for pages, bearer token for API clients", options =>
                options.ForwardDefaultSelector = context => SchemeFor(context.Request))
            .AddBearerToken(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddScheme<AuthenticationSchemeOptions, TokenSignInHandler>(TokenSignInHandler.SchemeName, displayName: null, configureOptions: null);

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.AccessDeniedPath = "/error/403";
            options.Cookie.Name = "peduli.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;

            // An API call without a valid sign-in gets a status code, never a redirect to a page.
            options.Events.OnRedirectToLogin = context => StatusOrRedirect(context.HttpContext, StatusCodes.Status401Unauthorized, context.RedirectUri);
            options.Events.OnRedirectToAccessDenied = context => StatusOrRedirect(context.HttpContext, StatusCodes.Status403Forbidden, context.RedirectUri);
        });

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddAuthorization();
        return services;
    }

    /// <summary>
    /// A bearer token when one is sent; otherwise the sign-in cookie, except for an API request that changes
    /// something. A browser attaches the cookie to any site's form post, and the API checks no antiforgery
    /// token, so a cookie must never authorize an API write (cross-site request forgery, OWASP ASVS 5.0 V3.5.1).
    /// API reads still take the cookie: pages link to the certificate scans a signed-in person may download,
    /// and another site cannot read what a cross-site GET answers.
    /// </summary>
    private static string SchemeFor(HttpRequest request)
    {
        if (request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return IdentityConstants.BearerScheme;
        }

        var apiWrite = request.IsApiRequest() && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
        return apiWrite ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme;
    }

    private static Task StatusOrRedirect(HttpContext context, int status, string redirectUri)
    {
        if (context.Request.IsApiRequest())
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(redirectUri);
        }

        return Task.CompletedTask;
    }
}
