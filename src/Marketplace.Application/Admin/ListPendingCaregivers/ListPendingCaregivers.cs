using Marketplace.Application.Accounts;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Caregivers.Certificates;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Admin.ListPendingCaregivers;

/// <summary>The verifier's queue: caregivers waiting for a decision, oldest first, with their certificates.</summary>
public sealed record ListPendingCaregivers : IQuery<IReadOnlyList<PendingCaregiver>>
{
    /// <summary>One screen of work; the queue is worked from the top.</summary>
    public const int PageSize = 50;
}

public sealed record PendingCaregiver(
    CaregiverProfileView Profile, DateTimeOffset WaitingSince, IReadOnlyList<CertificateView> Certificates, bool ReadyToVerify);

public sealed class ListPendingCaregiversHandler(ICurrentUser currentUser, ICaregiverRepository caregivers, TimeProvider clock)
    : IQueryHandler<ListPendingCaregivers, IReadOnlyList<PendingCaregiver>>
{
    public async ValueTask<IReadOnlyList<PendingCaregiver>> Handle(ListPendingCaregivers query, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin can see the verification queue.");

        var now = clock.GetUtcNow();
        var pending = await caregivers.ListPendingAsync(ListPendingCaregivers.PageSize, cancellationToken);
        return [.. pending.Select(c => new PendingCaregiver(
            CaregiverProfileView.Of(c, now),
            c.CreatedAt,
            CertificateView.AllOf(c, now),
            c.HasCompleteProfile && c.HasCurrentCertificate(c.Today(now))))];
    }
}
