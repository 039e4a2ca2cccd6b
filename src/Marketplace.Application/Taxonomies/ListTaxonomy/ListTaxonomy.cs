using Mediator;

namespace Marketplace.Application.Taxonomies.ListTaxonomy;

public enum TaxonomyName
{
    Skills,
    Languages,
    Needs,
    AccessibilityFeatures,
    ClinicServices,
    VisitTasks,
}

/// <summary>The terms of one of the fixed taxonomies, for pickers and API clients.</summary>
public sealed record ListTaxonomy(TaxonomyName Name) : IQuery<IReadOnlyList<TaxonomyTerm>>;

public sealed class ListTaxonomyHandler : IQueryHandler<ListTaxonomy, IReadOnlyList<TaxonomyTerm>>
{
    public ValueTask<IReadOnlyList<TaxonomyTerm>> Handle(ListTaxonomy query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(query.Name switch
        {
            TaxonomyName.Skills => Skills.All.Terms,
            TaxonomyName.Languages => Languages.All.Terms,
            TaxonomyName.AccessibilityFeatures => AccessibilityFeatures.All.Terms,
            TaxonomyName.ClinicServices => ClinicServices.All.Terms,
            TaxonomyName.VisitTasks => VisitTasks.All.Terms,
            _ => Needs.All.Terms,
        });
}
