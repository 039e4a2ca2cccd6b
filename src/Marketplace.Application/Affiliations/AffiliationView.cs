namespace Marketplace.Application.Affiliations;

public sealed record AffiliationView(
    Guid Id,
    Guid EnterpriseId,
    string EnterpriseName,
    Guid CaregiverId,
    string CaregiverName,
    AffiliationStatus Status,
    DateTimeOffset InvitedAt,
    DateTimeOffset? AnsweredAt);
