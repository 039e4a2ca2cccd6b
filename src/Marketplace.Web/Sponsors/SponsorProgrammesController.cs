using Marketplace.Application.Accounts;
using Marketplace.Application.Bookings;
using Marketplace.Application.Sponsors;
using Marketplace.Application.Sponsors.Change;
using Marketplace.Application.Sponsors.Create;
using Marketplace.Application.Sponsors.Detail;
using Marketplace.Application.Sponsors.Eligibility;
using Marketplace.Application.Sponsors.List;
using Marketplace.Application.Sponsors.Offers;
using Marketplace.Application.Sponsors.Statement;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.Sponsors;

/// <summary>
/// Sponsor programmes that pay part of eligible families' bookings: admins set them up, record eligible families and
/// read each programme's statement; a family sees which programmes would pay for its booking before it pays.
/// </summary>
[ApiController]
[Tags(ApiTags.Administration)]
[Authorize]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
public sealed class SponsorProgrammesController(IMediator mediator) : ControllerBase
{
    private const string Programmes = "api/v1/admin/sponsor-programmes";

    /// <summary>Every programme with its budget, what is committed and what is left, the newest first.</summary>
    [Authorize(Roles = AccountRoles.Admin)]
    [HttpGet(Programmes)]
    [ProducesResponseType<IReadOnlyList<SponsorProgrammeView>>(StatusCodes.Status200OK)]
    public async Task<IReadOnlyList<SponsorProgrammeView>> List(CancellationToken cancellationToken) =>
        await mediator.Send(new ListSponsorProgrammes(), cancellationToken);

    /// <summary>
    /// Sets up a programme: <c>{name, funder, budgetIdr, sharePercent, capPerBookingIdr, kinds: ["homeCare"|"daycare"|"mobileClinic"],
    /// areaCodes: ["73.71"], validFrom, validUntil}</c>; 201 with the programme.
    /// </summary>
    [Authorize(Roles = AccountRoles.Admin)]
    [HttpPost(Programmes)]
    [ProducesResponseType<SponsorProgrammeView>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<SponsorProgrammeView>> Create(ProgrammeBody body, CancellationToken cancellationToken)
    {
        var programme = await mediator.Send(
            new CreateSponsorProgramme(
                body.Name, body.Funder, body.BudgetIdr, body.SharePercent, body.CapPerBookingIdr, body.Kinds, body.AreaCodes, body.ValidFrom, body.ValidUntil),
            cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = programme.Id }, programme);
    }

    /// <summary>One programme with the families currently eligible for it.</summary>
    [Authorize(Roles = AccountRoles.Admin)]
    [HttpGet(Programmes + "/{id:guid}")]
    [ProducesResponseType<SponsorProgrammeDetailView>(StatusCodes.Status200OK)]
    public async Task<SponsorProgrammeDetailView> Get(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new GetSponsorProgramme(id), cancellationToken);

    /// <summary>
    /// Changes a programme's terms (same body as creating it). Shares reserved already keep their terms; 409 when the
    /// budget would fall below what is committed.
    /// </summary>
    [Authorize(Roles = AccountRoles.Admin)]
    [HttpPut(Programmes + "/{id:guid}")]
    [ProducesResponseType<SponsorProgrammeView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<SponsorProgrammeView> Change(Guid id, ProgrammeBody body, CancellationToken cancellationToken) =>
        await mediator.Send(
            new ChangeSponsorProgramme(
                id, body.Name, body.Funder, body.BudgetIdr, body.SharePercent, body.CapPerBookingIdr, body.Kinds, body.AreaCodes, body.ValidFrom, body.ValidUntil),
            cancellationToken);

    /// <summary>
    /// Records that the family with the account <c>email</c> is eligible, on the evidence <c>evidenceReference</c> (a
    /// DTKS/DTSEN number, a letter's reference); recording it again changes nothing. 409 when no family account has that address.
    /// </summary>
    [Authorize(Roles = AccountRoles.Admin)]
    [HttpPost(Programmes + "/{id:guid}/eligible-families")]
    [ProducesResponseType<EligibleFamily>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<EligibleFamily> MarkEligible(Guid id, EligibilityBody body, CancellationToken cancellationToken) =>
        await mediator.Send(new MarkFamilyEligible(id, body.Email, body.EvidenceReference), cancellationToken);

    /// <summary>Withdraws a family's eligibility (again: nothing changes); shares reserved already stay. 404 when the family was never eligible.</summary>
    [Authorize(Roles = AccountRoles.Admin)]
    [HttpDelete(Programmes + "/{id:guid}/eligible-families/{familyId:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Withdraw(Guid id, Guid familyId, CancellationToken cancellationToken)
    {
        await mediator.Send(new WithdrawEligibility(id, familyId), cancellationToken);
        return NoContent();
    }

    /// <summary>
    /// The programme's statement from <c>from</c> to <c>to</c> (local days, inclusive; by default this month to today, at
    /// most 366 days): each sponsored booking's share reserved, spent and released in the period, from the ledger.
    /// </summary>
    [Authorize(Roles = AccountRoles.Admin)]
    [HttpGet(Programmes + "/{id:guid}/statement")]
    [ProducesResponseType<SponsorStatementView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<SponsorStatementView> Statement(Guid id, DateOnly? from, DateOnly? to, CancellationToken cancellationToken) =>
        await mediator.Send(new GetSponsorStatement(id, from, to), cancellationToken);

    /// <summary>The same statement as CSV (UTF-8, a header row, one row per booking), for the funder's own records.</summary>
    [Authorize(Roles = AccountRoles.Admin)]
    [HttpGet(Programmes + "/{id:guid}/statement.csv")]
    [Produces("text/csv")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/csv")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<FileContentResult> StatementCsv(Guid id, DateOnly? from, DateOnly? to, CancellationToken cancellationToken) =>
        SponsorStatementCsv.File(await mediator.Send(new GetSponsorStatement(id, from, to), cancellationToken));

    /// <summary>
    /// The programmes that would pay part of the family's accepted booking if it paid now, the largest share first, each
    /// with what it pays and what the family pays; pass the chosen <c>programmeId</c> as <c>sponsorProgrammeId</c> when paying.
    /// </summary>
    [Authorize(Roles = $"{AccountRoles.Family},{AccountRoles.Admin}")]
    [HttpGet("api/v1/bookings/{id:guid}/sponsor-offers")]
    [ProducesResponseType<IReadOnlyList<SponsorOffer>>(StatusCodes.Status200OK)]
    public async Task<IReadOnlyList<SponsorOffer>> Offers(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new ListSponsorOffers(id), cancellationToken);
}

/// <summary>A programme's terms; amounts in whole Rupiah, dates local and inclusive.</summary>
public sealed record ProgrammeBody(
    string Name, string Funder, long BudgetIdr, int SharePercent, long CapPerBookingIdr, IReadOnlyList<BookingKind> Kinds,
    IReadOnlyList<string> AreaCodes, DateOnly ValidFrom, DateOnly ValidUntil);

public sealed record EligibilityBody(string Email, string EvidenceReference);
