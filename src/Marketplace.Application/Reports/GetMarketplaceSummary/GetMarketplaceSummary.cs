using Marketplace.Application.Caregivers;
using Marketplace.Application.Enterprises;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Reports.GetMarketplaceSummary;

/// <summary>What the marketplace offers right now, in a sentence for the home page.</summary>
public sealed record GetMarketplaceSummary : IQuery<MarketplaceSummary>;

public sealed record MarketplaceSummary(int VerifiedCaregivers, int VerifiedEnterprises, Money? LowestHourlyRate);

public sealed class GetMarketplaceSummaryHandler(ICaregiverRepository caregivers, IEnterpriseRepository enterprises)
    : IQueryHandler<GetMarketplaceSummary, MarketplaceSummary>
{
    public async ValueTask<MarketplaceSummary> Handle(GetMarketplaceSummary query, CancellationToken cancellationToken)
    {
        var supply = await caregivers.SummarizeVerifiedAsync(cancellationToken);
        var verifiedEnterprises = await enterprises.CountVerifiedAsync(cancellationToken);
        return new MarketplaceSummary(supply.Count, verifiedEnterprises, supply.Count == 0 ? null : supply.LowestHourlyRate);
    }
}
