using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Caregivers.Certificates;

public sealed record ListMyCertificates : IQuery<IReadOnlyList<CertificateView>>;

public sealed class ListMyCertificatesHandler(ICurrentUser currentUser, ICaregiverRepository caregivers, TimeProvider clock)
    : IQueryHandler<ListMyCertificates, IReadOnlyList<CertificateView>>
{
    public async ValueTask<IReadOnlyList<CertificateView>> Handle(ListMyCertificates query, CancellationToken cancellationToken) =>
        CertificateView.AllOf(await caregivers.GetOwnAsync(currentUser, cancellationToken), clock.GetUtcNow());
}

public sealed record GetMyCertificate(Guid CertificateId) : IQuery<CertificateView>;

public sealed class GetMyCertificateHandler(ICurrentUser currentUser, ICaregiverRepository caregivers, TimeProvider clock)
    : IQueryHandler<GetMyCertificate, CertificateView>
{
    public async ValueTask<CertificateView> Handle(GetMyCertificate query, CancellationToken cancellationToken) =>
        CertificateView.AllOf(await caregivers.GetOwnAsync(currentUser, cancellationToken), clock.GetUtcNow())
            .FirstOrDefault(c => c.Id == query.CertificateId)
        ?? throw new NotFoundException("Certificate", query.CertificateId);
}
