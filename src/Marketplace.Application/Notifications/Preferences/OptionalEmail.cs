namespace Marketplace.Application.Notifications.Preferences;

/// <summary>
/// The kinds of email a person may turn off. Every other email (account, booking, payment, verification) is
/// transactional: it tells of an agreement or money, so it is always sent. Either way the in-app notice is kept.
/// </summary>
public enum OptionalEmail
{
    /// <summary>The reminder a day before each visit, daycare day or clinic slot (<c>visit-reminder-*</c>).</summary>
    Reminders,

    /// <summary>The family's note that a visit's log is ready to read (<c>visit-logged</c>).</summary>
    VisitLogs,
}

/// <summary>Which templates write optional emails: the one place that says so.</summary>
public static class OptionalEmails
{
    private static readonly Dictionary<string, OptionalEmail> ByTemplate = new(StringComparer.Ordinal)
    {
        ["visit-reminder-family"] = OptionalEmail.Reminders,
        ["visit-reminder-provider"] = OptionalEmail.Reminders,
        ["visit-logged"] = OptionalEmail.VisitLogs,
    };

    /// <summary>The optional kind <paramref name="template"/> writes, or null for a transactional email.</summary>
    public static OptionalEmail? KindOf(string template) => ByTemplate.TryGetValue(template, out var kind) ? kind : null;

    /// <summary>The templates of optional emails.</summary>
    public static IEnumerable<string> Templates => ByTemplate.Keys;
}
