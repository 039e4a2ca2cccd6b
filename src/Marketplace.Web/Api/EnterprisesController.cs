using Marketplace.Application.Accounts;
using Marketplace.Application.Affiliations;
using Marketplace.Application.Enterprises;
using Marketplace.Application.Enterprises.Register;
using Marketplace.Application.Enterprises.Update;
using Marketplace.Application.Enterprises.ViewEnterprise;
using Marketplace.Application.Listings;
using Marketplace.Application.Listings.Create;
using Marketplace.Application.Listings.ViewListings;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.Api;

[ApiController]
[Tags(ApiTags.Enterprises)]
[Route("api/v1/enterprises")]
public sealed class EnterprisesController(IMediator mediator) : ControllerBase
{
    /// <summary>An enterprise account registers its organisation: <c>{name, kind, registrationNumber, areaCode, description?}</c>.</summary>
    [Authorize(Roles = AccountRoles.Enterprise)]
    [HttpPost("")]
    [ProducesResponseType<EnterpriseView>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<EnterpriseView>> Register(RegisterEnterprise request, CancellationToken cancellationToken)
    {
        var enterprise = await mediator.Send(request, cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = enterprise.Id }, enterprise);
    }

    /// <summary>An enterprise's public details.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<EnterpriseView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<EnterpriseView> Get(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new GetEnterprise(id), cancellationToken);

    /// <summary>The owner corrects the details; a change to what was verified sends it back to review.</summary>
    [Authorize(Roles = AccountRoles.Enterprise)]
    [HttpPut("{id:guid}")]
    [ProducesResponseType<EnterpriseView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public async Task<EnterpriseView> Update(Guid id, EnterpriseBody body, CancellationToken cancellationToken) =>
        await mediator.Send(new UpdateEnterprise(id, body.Name, body.Kind, body.RegistrationNumber, body.AreaCode, body.Description), cancellationToken);

    /// <summary>An enterprise's listings: published ones for everybody, every listing for the enterprise itself and admins.</summary>
    [HttpGet("{id:guid}/listings")]
    [ProducesResponseType<IReadOnlyList<ListingView>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IReadOnlyList<ListingView>> Listings(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new ListEnterpriseListings(id), cancellationToken);

    /// <summary>Drafts a listing: <c>{kind: "homeCare"|"daycare"|"mobileClinic", title, areaCode, daycare?: {...}, mobileClinic?: {...}}</c>.</summary>
    [Authorize(Roles = AccountRoles.Enterprise)]
    [HttpPost("{id:guid}/listings")]
    [ProducesResponseType<ListingView>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public async Task<ActionResult<ListingView>> CreateListing(Guid id, ListingBody body, CancellationToken cancellationToken)
    {
        var listing = await mediator.Send(
            new CreateListing(id, body.Kind, body.Title, body.Description, body.AreaCode, body.LateCancellationPercent, body.Daycare, body.MobileClinic),
            cancellationToken);
        return CreatedAtAction(nameof(ListingsController.Get), "Listings", new { id = listing.Id }, listing);
    }

    /// <summary>The caregivers the enterprise invited, with each invitation's state.</summary>
    [Authorize(Roles = AccountRoles.Enterprise)]
    [HttpGet("{id:guid}/affiliations")]
    public async Task<IReadOnlyList<AffiliationView>> Affiliations(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new ListEnterpriseAffiliations(id), cancellationToken);

    /// <summary>Invites a caregiver by their account's email: <c>{caregiverEmail}</c>.</summary>
    [Authorize(Roles = AccountRoles.Enterprise)]
    [HttpPost("{id:guid}/affiliations")]
    [ProducesResponseType<AffiliationView>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<AffiliationView>> Invite(Guid id, InvitationBody body, CancellationToken cancellationToken)
    {
        var affiliation = await mediator.Send(new InviteCaregiver(id, body.CaregiverEmail), cancellationToken);
        return Created($"/api/v1/enterprises/{id}/affiliations", affiliation);
    }
}

public sealed record EnterpriseBody(string Name, EnterpriseKind Kind, string RegistrationNumber, string AreaCode, string? Description = null);

/// <summary>A listing's body: <c>daycare</c> is required for a daycare and <c>mobileClinic</c> for a clinic (the use case names what is missing).</summary>
public sealed record ListingBody(
    ListingKind Kind,
    string Title,
    string AreaCode,
    string? Description = null,
    int? LateCancellationPercent = null,
    DaycareInput? Daycare = null,
    MobileClinicInput? MobileClinic = null);

public sealed record InvitationBody(string CaregiverEmail);
