using Marketplace.Application.Accounts;
using Marketplace.Application.SharedKernel;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Infrastructure.Identity;

/// <summary>A person who signs in. The email is the user name.</summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = string.Empty;

    /// <summary>The language its emails are written in (<c>id</c> or <c>en</c>).</summary>
    public string Language { get; set; } = AccountLanguages.Default;

    /// <summary>The IANA zone its emails write times in; WITA, the first region's, for every account so far.</summary>
    public string TimeZone { get; set; } = IndonesianTimeZones.Wita;

    /// <summary>Turned reminder emails off (<see cref="Application.Notifications.Preferences.OptionalEmail.Reminders"/>); off by default, so every account gets them.</summary>
    public bool OptedOutOfReminders { get; set; }

    /// <summary>Turned visit-log emails off (<see cref="Application.Notifications.Preferences.OptionalEmail.VisitLogs"/>).</summary>
    public bool OptedOutOfVisitLogs { get; set; }
}
