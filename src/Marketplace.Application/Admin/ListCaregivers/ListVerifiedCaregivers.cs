using FluentValidation;
using Marketplace.Application.Accounts;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Admin.ListCaregivers;

/// <summary>Verified caregivers whose name contains <see cref="Name"/>, for the admin's care-manager page.</summary>
public sealed record ListVerifiedCaregivers(string? Name) : IQuery<IReadOnlyList<CaregiverProfileView>>
{
    public const int PageSize = 50;
}

public sealed class ListVerifiedCaregiversHandler(ICurrentUser currentUser, ICaregiverRepository caregivers, TimeProvider clock)
    : IQueryHandler<ListVerifiedCaregivers, IReadOnlyList<CaregiverProfileView>>
{
    public async ValueTask<IReadOnlyList<CaregiverProfileView>> Handle(ListVerifiedCaregivers query, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin can list caregivers.");

        var found = await caregivers.ListVerifiedAsync(query.Name?.Trim(), ListVerifiedCaregivers.PageSize, cancellationToken);
        var now = clock.GetUtcNow();
        return [.. found.Select(c => CaregiverProfileView.Of(c, now))];
    }
}

public sealed class ListVerifiedCaregiversValidator : AbstractValidator<ListVerifiedCaregivers>
{
    public ListVerifiedCaregiversValidator() => RuleFor(q => q.Name).MaximumLength(SharedKernel.FieldLimits.PersonNameMaxLength);
}
