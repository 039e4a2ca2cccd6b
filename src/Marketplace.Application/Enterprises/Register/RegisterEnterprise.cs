using Marketplace.Application.Accounts;
using Marketplace.Application.Areas;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Enterprises.Register;

/// <summary>An enterprise account registers its organisation; it waits for an admin's verification.</summary>
public sealed record RegisterEnterprise(string Name, EnterpriseKind Kind, string RegistrationNumber, string AreaCode, string? Description = null)
    : ICommand<EnterpriseView>, IEnterpriseDetailsInput;

public sealed class RegisterEnterpriseHandler(ICurrentUser currentUser, IEnterpriseRepository enterprises, TimeProvider clock)
    : ICommandHandler<RegisterEnterprise, EnterpriseView>
{
    public async ValueTask<EnterpriseView> Handle(RegisterEnterprise command, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Enterprise, "Only an enterprise account can register an enterprise.");
        var ownerId = currentUser.RequireUserId();
        if (await enterprises.FindIdByOwnerAsync(ownerId, cancellationToken) is not null)
        {
            throw new BusinessRuleException("This account has already registered its enterprise.");
        }

        var enterprise = Enterprise.Register(ownerId, command.ToDetails(), clock.GetUtcNow());
        enterprises.Add(enterprise);
        return EnterpriseView.Of(enterprise);
    }
}

public sealed class RegisterEnterpriseValidator(IAreaCatalog areas) : EnterpriseDetailsValidator<RegisterEnterprise>(areas);
