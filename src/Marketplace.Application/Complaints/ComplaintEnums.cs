namespace Marketplace.Application.Complaints;

/// <summary>What a family's complaint is about; admins triage safety first.</summary>
public enum ComplaintCategory
{
    /// <summary>The person cared for was harmed, put at risk or mistreated.</summary>
    Safety,

    /// <summary>Rudeness, dishonesty, theft or other conduct of the provider.</summary>
    Conduct,

    /// <summary>A visit, day or slot that was not given, or given late or short.</summary>
    MissedCare,

    /// <summary>The care given was poor: tasks not done, not as agreed.</summary>
    QualityOfCare,

    /// <summary>A wrong charge, refund or receipt.</summary>
    Billing,

    Other,
}

/// <summary>Where a complaint stands: filed, taken up by an admin, or closed with an outcome.</summary>
public enum ComplaintStatus
{
    Open,
    Investigating,
    Resolved,
}

/// <summary>An admin's finding on a resolved complaint.</summary>
public enum ComplaintOutcome
{
    /// <summary>The complaint was found to be right; the provider may be suspended.</summary>
    Upheld,

    /// <summary>The complaint was not borne out.</summary>
    NotUpheld,
}
