using Marketplace.Application.Accounts;
using Marketplace.Application.Admin.ProgrammeStaff;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.Admin;

/// <summary>Who holds the programme-staff role (reads the regional reports, nothing else); admins grant and withdraw it.</summary>
[ApiController]
[Tags(ApiTags.Administration)]
[Authorize(Roles = AccountRoles.Admin)]
[Route("api/v1/admin/programme-staff")]
public sealed class ProgrammeStaffController(IMediator mediator) : ControllerBase
{
    /// <summary>Every account holding the role, by email address: <c>[{id, email, fullName}]</c>.</summary>
    [HttpGet("")]
    [ProducesResponseType<IReadOnlyList<ProgrammeStaffMember>>(StatusCodes.Status200OK)]
    public async Task<IReadOnlyList<ProgrammeStaffMember>> List(CancellationToken cancellationToken) =>
        await mediator.Send(new ListProgrammeStaff(), cancellationToken);

    /// <summary>
    /// Gives the role to the confirmed account with the address <c>email</c> (again: nothing changes); it takes effect at the
    /// account's next sign-in. 409 when no confirmed account has the address.
    /// </summary>
    [HttpPost("")]
    [ProducesResponseType<ProgrammeStaffMember>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ProgrammeStaffMember> Grant(ProgrammeStaffBody body, CancellationToken cancellationToken) =>
        await mediator.Send(new GrantProgrammeStaff(body.Email), cancellationToken);

    /// <summary>Takes the role back from the account <c>userId</c>, ending its page sessions; 404 when it does not hold the role.</summary>
    [HttpDelete("{userId:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Withdraw(Guid userId, CancellationToken cancellationToken)
    {
        await mediator.Send(new WithdrawProgrammeStaff(userId), cancellationToken);
        return NoContent();
    }
}

public sealed record ProgrammeStaffBody(string Email);
