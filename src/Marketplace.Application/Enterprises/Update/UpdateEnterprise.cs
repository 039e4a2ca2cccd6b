using Marketplace.Application.Areas;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Enterprises.Update;

/// <summary>The owner corrects the enterprise's details; changes to what was verified go back to review.</summary>
public sealed record UpdateEnterprise(Guid Id, string Name, EnterpriseKind Kind, string RegistrationNumber, string AreaCode, string? Description)
    : ICommand<EnterpriseView>, IEnterpriseDetailsInput;

public sealed class UpdateEnterpriseHandler(ICurrentUser currentUser, IEnterpriseRepository enterprises)
    : ICommandHandler<UpdateEnterprise, EnterpriseView>
{
    public async ValueTask<EnterpriseView> Handle(UpdateEnterprise command, CancellationToken cancellationToken)
    {
        var enterprise = await enterprises.GetOwnedAsync(command.Id, currentUser, cancellationToken);
        enterprise.UpdateDetails(command.ToDetails());
        return EnterpriseView.Of(enterprise);
    }
}

public sealed class UpdateEnterpriseValidator(IAreaCatalog areas) : EnterpriseDetailsValidator<UpdateEnterprise>(areas);
