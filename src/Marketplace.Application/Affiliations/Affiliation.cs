using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;

namespace Marketplace.Application.Affiliations;

/// <summary>
/// A caregiver working with an enterprise. The enterprise invites; the caregiver accepts or declines;
/// either side may end it later. While accepted, the caregiver gives the enterprise's home-care visits.
/// </summary>
public sealed class Affiliation
{
    private Affiliation(Guid id, Guid enterpriseId, Guid caregiverId, DateTimeOffset invitedAt)
    {
        Id = id;
        EnterpriseId = enterpriseId;
        CaregiverId = caregiverId;
        InvitedAt = invitedAt;
    }

    public Guid Id { get; private set; }

    public Guid EnterpriseId { get; private set; }

    public Guid CaregiverId { get; private set; }

    public AffiliationStatus Status { get; private set; } = AffiliationStatus.Invited;

    public DateTimeOffset InvitedAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public bool IsOpen => Status is AffiliationStatus.Invited or AffiliationStatus.Accepted;

    public static Affiliation Invite(Guid enterpriseId, Guid caregiverId, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), enterpriseId, caregiverId, now);

    public void Accept(Caregiver caregiver, DateTimeOffset now)
    {
        RequireInvited();
        caregiver.JoinEnterprise(EnterpriseId);
        Status = AffiliationStatus.Accepted;
        AnsweredAt = now;
    }

    public void Decline(DateTimeOffset now)
    {
        RequireInvited();
        Status = AffiliationStatus.Declined;
        AnsweredAt = now;
    }

    /// <summary>Either side ends an accepted affiliation, or the enterprise withdraws an invitation.</summary>
    public void End(Caregiver caregiver, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new BusinessRuleException("This affiliation has already ended.");
        }

        caregiver.LeaveEnterprise(EnterpriseId);
        Status = AffiliationStatus.Ended;
        AnsweredAt ??= now;
    }

    private void RequireInvited()
    {
        if (Status != AffiliationStatus.Invited)
        {
            throw new BusinessRuleException("This invitation has already been answered.");
        }
    }
}

public enum AffiliationStatus
{
    Invited,
    Accepted,
    Declined,
    Ended,
}
