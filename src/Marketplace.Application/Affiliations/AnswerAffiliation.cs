using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Enterprises;
using Mediator;

namespace Marketplace.Application.Affiliations;

/// <summary>The invited caregiver accepts.</summary>
public sealed record AcceptAffiliation(Guid AffiliationId) : ICommand<AffiliationStatus>;

/// <summary>The invited caregiver declines.</summary>
public sealed record DeclineAffiliation(Guid AffiliationId) : ICommand<AffiliationStatus>;

/// <summary>The caregiver or the enterprise ends the affiliation (or withdraws the invitation).</summary>
public sealed record EndAffiliation(Guid AffiliationId) : ICommand<AffiliationStatus>;

public sealed class AnswerAffiliationHandler(
    ICurrentUser currentUser, IAffiliationRepository affiliations, ICaregiverRepository caregivers, IEnterpriseRepository enterprises,
    TimeProvider clock)
    : ICommandHandler<AcceptAffiliation, AffiliationStatus>, ICommandHandler<DeclineAffiliation, AffiliationStatus>,
        ICommandHandler<EndAffiliation, AffiliationStatus>
{
    public async ValueTask<AffiliationStatus> Handle(AcceptAffiliation command, CancellationToken cancellationToken)
    {
        var (affiliation, caregiver) = await GetAsCaregiverAsync(command.AffiliationId, cancellationToken);
        affiliation.Accept(caregiver, clock.GetUtcNow());
        return affiliation.Status;
    }

    public async ValueTask<AffiliationStatus> Handle(DeclineAffiliation command, CancellationToken cancellationToken)
    {
        var (affiliation, _) = await GetAsCaregiverAsync(command.AffiliationId, cancellationToken);
        affiliation.Decline(clock.GetUtcNow());
        return affiliation.Status;
    }

    public async ValueTask<AffiliationStatus> Handle(EndAffiliation command, CancellationToken cancellationToken)
    {
        var affiliation = await affiliations.FindAsync(command.AffiliationId, cancellationToken)
            ?? throw new NotFoundException("Affiliation", command.AffiliationId);
        var caregiver = await caregivers.FindAsync(affiliation.CaregiverId, cancellationToken)
            ?? throw new NotFoundException("Caregiver", affiliation.CaregiverId);
        var enterprise = await enterprises.FindAsync(affiliation.EnterpriseId, cancellationToken);
        var userId = currentUser.RequireUserId();
        if (caregiver.UserId != userId && enterprise?.OwnerUserId != userId)
        {
            throw new NotFoundException("Affiliation", command.AffiliationId);
        }

        affiliation.End(caregiver, clock.GetUtcNow());
        return affiliation.Status;
    }

    /// <summary>An invitation is answered only by the caregiver it was sent to; to anyone else it does not exist.</summary>
    private async Task<(Affiliation, Caregiver)> GetAsCaregiverAsync(Guid id, CancellationToken cancellationToken)
    {
        var affiliation = await affiliations.FindAsync(id, cancellationToken);
        var caregiver = await caregivers.FindByUserAsync(currentUser.RequireUserId(), cancellationToken);
        if (affiliation is null || caregiver is null || affiliation.CaregiverId != caregiver.Id)
        {
            throw new NotFoundException("Affiliation", id);
        }

        return (affiliation, caregiver);
    }
}
