using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Ports;

namespace Marketplace.Application.Families;

/// <summary>
/// Every read of a person's health data (a recipient's health and disability details, the notes and vital
/// signs of their visits), as UU 27/2022 asks of specific personal data: who read it (account and role),
/// when, which record and why; and the family's withdrawal of its consent and removal of the person, which end
/// everyone else's reads. Reads are queries, so the log writes (and commits) its entries itself; inside a
/// command's transaction they are committed with it. The log outlives a removed person's record.
/// </summary>
public interface IRecipientAccessLog
{
    /// <summary>Writes one entry per read, stamped with the clock's now; <paramref name="reads"/> may be empty.</summary>
    Task RecordAsync(HealthDataReader reader, IReadOnlyCollection<HealthDataRead> reads, CancellationToken cancellationToken);
}

/// <summary>Who read: the account and the role it read in (one of <see cref="AccountRoles"/>).</summary>
public sealed record HealthDataReader(Guid UserId, string Role)
{
    /// <summary>The signed-in caller; 403 when nobody is signed in.</summary>
    public static HealthDataReader Of(ICurrentUser user) =>
        new(user.RequireUserId(), AccountRoles.All.FirstOrDefault(user.IsInRole) ?? "none");
}

/// <summary>
/// One record read: whose data it is (<paramref name="RecipientId"/>), which record (<paramref name="Record"/> and
/// <paramref name="RecordId"/>: the recipient's own id for their details, the booking's id for its visit logs),
/// and why it was shown to the reader.
/// </summary>
public sealed record HealthDataRead(Guid RecipientId, HealthRecord Record, Guid RecordId, AccessPurpose Purpose);

/// <summary>The kinds of health record the log names.</summary>
public enum HealthRecord
{
    /// <summary>A recipient's needs (health and disability), with their address and consent.</summary>
    RecipientDetails,

    /// <summary>The visit logs of a booking: tasks done, notes and vital signs.</summary>
    VisitLog,

    /// <summary>The family's consent to keep a recipient's health details (its withdrawal is written).</summary>
    Consent,

    /// <summary>A family's complaint about a booking's care: it may tell of harm done to the person.</summary>
    Complaint,

    /// <summary>A person's care plan with a week of the care given (visit logs and the family's logs); the id is the plan's, or the person's before one is written.</summary>
    CarePlan,

    /// <summary>An alert raised by a care plan's thresholds (a blood pressure, a fall); the id is the alert's.</summary>
    CareAlert,
}

/// <summary>Why a reader was shown someone's health data: the relation that entitles them.</summary>
public enum AccessPurpose
{
    /// <summary>The family reads about a person it cares for, or its own booking.</summary>
    OwnFamily,

    /// <summary>The booked caregiver or enterprise, for the care it gives.</summary>
    ProvidingCare,

    /// <summary>The care manager the family chose, overseeing the family's care.</summary>
    CareManagerOversight,

    /// <summary>An admin, supporting the people of a booking.</summary>
    AdminSupport,

    /// <summary>Not a read: the family withdrew its consent, and the details were erased; nobody else is shown the person after it.</summary>
    ConsentWithdrawn,

    /// <summary>Not a read: the family removed the person with all it wrote about them.</summary>
    RecipientRemoved,
}
