using FluentValidation;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Families;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.CarePlans.View;

/// <summary>
/// A person's care plan with the progress of the week holding <see cref="Week"/> (default: this week), for those
/// <see cref="RecipientReaders"/> entitles: the family, and while its consent stands the booked caregiver and the
/// family's care manager; 404 to anyone else. The plan tells of the person's health, so every read is logged.
/// </summary>
public sealed record GetCarePlan(Guid RecipientId, DateOnly? Week = null) : IQuery<CarePlanView>;

public sealed class GetCarePlanValidator : AbstractValidator<GetCarePlan>
{
    public GetCarePlanValidator() => RuleFor(q => q.Week).MustBePlausible();
}

public sealed class GetCarePlanHandler(
    ICurrentUser currentUser, RecipientReaders readers, IFamilyRepository families, ICarePlanRepository plans, CareWeeks weeks,
    IRecipientAccessLog accessLog)
    : IQueryHandler<GetCarePlan, CarePlanView>
{
    public async ValueTask<CarePlanView> Handle(GetCarePlan query, CancellationToken cancellationToken)
    {
        var (family, purpose) = await readers.RequireAsync(query.RecipientId, cancellationToken);
        var reader = HealthDataReader.Of(currentUser);
        var plan = await plans.FindByRecipientAsync(query.RecipientId, cancellationToken);
        var mayWrite = purpose != AccessPurpose.OwnFamily && await families.IsManagedByAsync(family.Id, reader.UserId, cancellationToken);
        await accessLog.RecordAsync(reader, [new(query.RecipientId, HealthRecord.CarePlan, plan?.Id ?? query.RecipientId, purpose)], cancellationToken);
        return await weeks.ViewAsync(family.Recipient(query.RecipientId), plan, query.Week, mayWrite, purpose == AccessPurpose.OwnFamily, cancellationToken);
    }
}
