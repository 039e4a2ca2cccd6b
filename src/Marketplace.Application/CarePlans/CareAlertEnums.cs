namespace Marketplace.Application.CarePlans;

/// <summary>What a care alert is about.</summary>
public enum CareAlertKind
{
    HighBloodPressure,
    LowBloodPressure,
    Fall,
    MissedVisit,
    Complaint,
}

/// <summary>How soon the care manager should act, in the order their list shows alerts.</summary>
public enum CareAlertUrgency
{
    /// <summary>Today: a fall, a hypertensive crisis (180/120 mmHg or more), a complaint about the person's safety.</summary>
    Urgent,

    /// <summary>Within days: blood pressure beyond the plan's limits, a missed visit, a complaint about the care.</summary>
    Soon,

    /// <summary>At the next review: a complaint about billing or something else.</summary>
    Routine,
}

/// <summary>Where the observation behind an alert was recorded.</summary>
public enum CareAlertSource
{
    /// <summary>A booking (its visit log, or a visit of it that did not take place); the id is the booking's.</summary>
    Booking,

    /// <summary>A family's own log of care; the id is the log's.</summary>
    FamilyLog,

    /// <summary>A family's complaint; the id is the complaint's.</summary>
    Complaint,
}

/// <summary>Whether the care manager has acted on an alert.</summary>
public enum CareAlertStatus
{
    Open,
    Handled,
}
