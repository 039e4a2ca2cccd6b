using FluentValidation;
using FluentValidation.Results;
using Marketplace.Application.Bookings;
using Marketplace.Application.CarePlans.View;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Families;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.CarePlans.FamilyLog;

/// <summary>
/// The family logs care it gave the person itself on local date <see cref="Day"/> (today or up to
/// <see cref="FamilyCareLog.MaxDaysBack"/> days back, in the person's zone): tasks done, notes, blood pressure if
/// measured (mmHg), and whether the person fell. Only the family: 403 for its care manager and the booked caregiver,
/// 404 for anyone else. The plan's thresholds judge it at once (a fall or a high pressure alerts the care manager).
/// </summary>
public sealed record LogFamilyCare(
    Guid RecipientId, DateOnly? Day, IReadOnlyList<string>? Tasks, string? Notes, int? SystolicMmHg = null, int? DiastolicMmHg = null,
    bool Fell = false) : ICommand<CareEntry>;

public sealed class LogFamilyCareHandler(
    RecipientReaders readers, ICarePlanRepository plans, CareOversight oversight, TimeProvider clock)
    : ICommandHandler<LogFamilyCare, CareEntry>
{
    public const string OnlyFamily = "Only the family logs the care it gave.";
    public const string DayOutOfRange = "Log care given today or in the 7 days before.";

    public async ValueTask<CareEntry> Handle(LogFamilyCare command, CancellationToken cancellationToken)
    {
        var (family, purpose) = await readers.RequireAsync(command.RecipientId, cancellationToken);
        if (purpose != AccessPurpose.OwnFamily)
        {
            throw new ForbiddenException(OnlyFamily);
        }

        var recipient = family.Recipient(command.RecipientId);
        var now = clock.GetUtcNow();
        var today = IndonesianTimeZones.LocalDate(now, CareWeeks.ZoneOf(recipient));
        var day = command.Day!.Value;
        if (day > today || day < today.AddDays(-FamilyCareLog.MaxDaysBack))
        {
            throw new ValidationException([new ValidationFailure(nameof(LogFamilyCare.Day), DayOutOfRange)]);
        }

        var vitals = command.SystolicMmHg is null && command.DiastolicMmHg is null
            ? null
            : new VitalSigns(command.SystolicMmHg, command.DiastolicMmHg);
        var log = FamilyCareLog.Write(recipient.Id, family.Id, day, command.Tasks ?? [], command.Notes ?? string.Empty, vitals, command.Fell, now);
        plans.Add(log);
        await oversight.ObserveAsync(recipient.Id, new CareObservation.Recorded(CareAlertSource.FamilyLog, log.Id, vitals, command.Fell), cancellationToken);
        return new CareEntry(log.Day, log.LoggedAt, CareGivenBy.Family, null, null, log.Tasks, log.Notes, log.Vitals, log.Fell);
    }
}
