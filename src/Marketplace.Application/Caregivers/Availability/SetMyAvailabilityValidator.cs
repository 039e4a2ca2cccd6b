using FluentValidation;
using Marketplace.Application.Common.Validation;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Caregivers.Availability;

public sealed class SetMyAvailabilityValidator : AbstractValidator<SetMyAvailability>
{
    public SetMyAvailabilityValidator(TimeProvider clock, Bookings.BookingPolicy policy)
    {
        RuleFor(c => c.TimeZone).Must(zone => zone is not null && IndonesianTimeZones.IsIndonesian(zone))
            .WithMessage("The time zone must be Asia/Jakarta, Asia/Makassar or Asia/Jayapura.");
        RuleFor(c => c.Weekly).NotNull().Must(w => w.Count <= FieldLimits.MaxWeeklySlots)
            .WithMessage($"At most {FieldLimits.MaxWeeklySlots} weekly windows.");
        RuleForEach(c => c.Weekly).ChildRules(window =>
        {
            window.RuleFor(w => w.Day).IsDefined();
            window.RuleFor(w => w.Start).InWholeMinutes();
            window.RuleFor(w => w.End).InWholeMinutes();
            window.RuleFor(w => w.End).GreaterThan(w => w.Start).WithMessage("A window must end after it starts.");
        });
        RuleFor(c => c.Weekly).Must(NotOverlap).WithMessage("Windows on the same day must not overlap.")
            .When(c => c.Weekly is not null && c.Weekly.All(window => window is not null));
        RuleFor(c => c.TimeOff).NotNull().Must(t => t.Count <= FieldLimits.MaxTimeOffPeriods)
            .WithMessage($"At most {FieldLimits.MaxTimeOffPeriods} periods of time off.");
        RuleForEach(c => c.TimeOff).ChildRules(period =>
        {
            period.RuleFor(p => p.From).MustBePlausible().InWholeMinutes();
            period.RuleFor(p => p.To).MustBePlausible().InWholeMinutes()
                .GreaterThan(p => p.From).WithMessage("Time off must end after it starts.")
                .GreaterThan(_ => clock.GetUtcNow()).WithMessage("Time off that has already ended is not needed.");

            // Nothing can be booked beyond the horizon, so time off there would guard nothing.
            period.RuleFor(p => p.From).Must(from => from <= policy.LatestStart(clock.GetUtcNow()))
                .WithMessage("Time off can start at most as far ahead as care can be booked.");
        });
        RuleFor(c => c.BookedVisits).IsDefined();
        RuleFor(c => c.TimeOff).Must(NotOverlap).WithMessage("Periods of time off must not overlap; join them into one.")
            .When(c => c.TimeOff is not null && c.TimeOff.All(period => period is not null));
    }

    private static bool NotOverlap(IReadOnlyList<TimeOffPeriod> periods) =>
        !periods.Where((period, i) => periods.Skip(i + 1).Any(other => period.From < other.To && other.From < period.To)).Any();

    private static bool NotOverlap(IReadOnlyList<WeeklyWindow> weekly) =>
        !WeeklySlot.AnyOverlap([.. weekly.Select(w => new WeeklySlot(w.Day, w.Start, w.End))]);
}
