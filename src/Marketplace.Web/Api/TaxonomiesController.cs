using System.Globalization;
using Marketplace.Application.Taxonomies.ListTaxonomy;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Api;

/// <summary>The fixed lists that profiles and search refer to by slug, named in the caller's language.</summary>
[ApiController]
[Route("api/v1")]
public sealed class TaxonomiesController(IMediator mediator) : ControllerBase
{
    [HttpGet("skills")]
    public Task<IReadOnlyList<TermView>> Skills(CancellationToken cancellationToken) => List(TaxonomyName.Skills, cancellationToken);

    [HttpGet("languages")]
    public Task<IReadOnlyList<TermView>> Languages(CancellationToken cancellationToken) => List(TaxonomyName.Languages, cancellationToken);

    [HttpGet("needs")]
    public Task<IReadOnlyList<TermView>> Needs(CancellationToken cancellationToken) => List(TaxonomyName.Needs, cancellationToken);

    [HttpGet("accessibility-features")]
    public Task<IReadOnlyList<TermView>> AccessibilityFeatures(CancellationToken cancellationToken) =>
        List(TaxonomyName.AccessibilityFeatures, cancellationToken);

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
