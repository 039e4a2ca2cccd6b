using Marketplace.Application.Accounts.GetCurrentAccount;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.Api;

[ApiController]
[Tags(ApiTags.Accounts)]
[Authorize]
[Route("api/v1/me")]
public sealed class MeController(IMediator mediator) : ControllerBase
{
    /// <summary>The signed-in account, its roles and the profiles it owns.</summary>
    [HttpGet]
    [ProducesResponseType<AccountView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    public async Task<AccountView> Get(CancellationToken cancellationToken) =>
        await mediator.Send(new GetCurrentAccount(), cancellationToken);
}
