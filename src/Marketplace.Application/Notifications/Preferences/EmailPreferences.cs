namespace Marketplace.Application.Notifications.Preferences;

/// <summary>Which optional emails a person gets; both are on for a new account.</summary>
/// <param name="Reminders">Reminders a day before each visit, daycare day or clinic slot.</param>
/// <param name="VisitLogs">A note when a visit's log is ready to read.</param>
public sealed record EmailPreferences(bool Reminders, bool VisitLogs)
{
    public bool Wants(OptionalEmail kind) => kind switch
    {
        OptionalEmail.Reminders => Reminders,
        OptionalEmail.VisitLogs => VisitLogs,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an optional email."),
    };
}
