using System.Globalization;
using Marketplace.Application.Taxonomies.ListTaxonomy;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.Api;

/// <summary>The fixed lists that profiles and search refer to by slug, named in the caller's language.</summary>
[ApiController]
[Tags(ApiTags.Taxonomies)]
[Route("api/v1")]
public sealed class TaxonomiesController(IMediator mediator) : ControllerBase
{
    /// <summary>The skills caregivers list and searches filter by: <c>[{slug, name}]</c>, the name in the caller's language.</summary>
    [HttpGet("skills")]
    public Task<IReadOnlyList<TermView>> Skills(CancellationToken cancellationToken) => List(TaxonomyName.Skills, cancellationToken);

    /// <summary>The languages caregivers speak: <c>[{slug, name}]</c>, the name in the caller's language.</summary>
    [HttpGet("languages")]
    public Task<IReadOnlyList<TermView>> Languages(CancellationToken cancellationToken) => List(TaxonomyName.Languages, cancellationToken);

    /// <summary>The needs a person in care may have, which daycares and clinics say they meet: <c>[{slug, name}]</c>.</summary>
    [HttpGet("needs")]
    public Task<IReadOnlyList<TermView>> Needs(CancellationToken cancellationToken) => List(TaxonomyName.Needs, cancellationToken);

    /// <summary>The accessibility features a daycare may have: <c>[{slug, name}]</c>.</summary>
    [HttpGet("accessibility-features")]
    public Task<IReadOnlyList<TermView>> AccessibilityFeatures(CancellationToken cancellationToken) =>
        List(TaxonomyName.AccessibilityFeatures, cancellationToken);

    /// <summary>The services a mobile clinic may offer: <c>[{slug, name}]</c>.</summary>
    [HttpGet("clinic-services")]
    public Task<IReadOnlyList<TermView>> ClinicServices(CancellationToken cancellationToken) => List(TaxonomyName.ClinicServices, cancellationToken);

    /// <summary>The checklist of a visit's log: what <c>tasks</c> of <c>POST /api/v1/bookings/{id}/check-out</c> may hold.</summary>
    [HttpGet("visit-tasks")]
    public Task<IReadOnlyList<TermView>> VisitTasks(CancellationToken cancellationToken) => List(TaxonomyName.VisitTasks, cancellationToken);

    private async Task<IReadOnlyList<TermView>> List(TaxonomyName name, CancellationToken cancellationToken)
    {
        var terms = await mediator.Send(new ListTaxonomy(name), cancellationToken);
        return [.. terms.Select(t => new TermView(t.Slug, t.NameIn(CultureInfo.CurrentUICulture)))];
    }
}

public sealed record TermView(string Slug, string Name);
