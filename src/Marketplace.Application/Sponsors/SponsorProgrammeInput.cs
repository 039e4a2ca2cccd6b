using FluentValidation;
using Marketplace.Application.Areas;
using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Validation;
using Marketplace.Application.Payments.Receive;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Sponsors;

/// <summary>What an admin types for a programme, as created and as changed; amounts in whole Rupiah, dates local and inclusive.</summary>
public interface ISponsorProgrammeInput
{
    string Name { get; }

    string Funder { get; }

    long BudgetIdr { get; }

    int SharePercent { get; }

    long CapPerBookingIdr { get; }

    IReadOnlyList<BookingKind> Kinds { get; }

    IReadOnlyList<string> AreaCodes { get; }

    DateOnly ValidFrom { get; }

    DateOnly ValidUntil { get; }
}

public static class SponsorProgrammeInput
{
    /// <summary>The most areas one programme names; a province's code covers all of it.</summary>
    public const int MaxAreas = 30;

    public static SponsorProgrammeDetails ToDetails(this ISponsorProgrammeInput input) => new(
        input.Name.Trim(), input.Funder.Trim(), Money.FromRupiah(input.BudgetIdr), input.SharePercent, Money.FromRupiah(input.CapPerBookingIdr),
        input.Kinds, [.. input.AreaCodes.Select(code => code.Trim())], input.ValidFrom, input.ValidUntil);
}

public abstract class SponsorProgrammeValidator<T> : AbstractValidator<T>
    where T : ISponsorProgrammeInput
{
    protected SponsorProgrammeValidator(IAreaCatalog areas)
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(FieldLimits.TitleMaxLength).SingleLine();
        RuleFor(c => c.Funder).NotEmpty().MaximumLength(FieldLimits.OrganisationNameMaxLength).SingleLine();
        RuleFor(c => c.BudgetIdr).InclusiveBetween(1, RecordPaymentReceivedValidator.MaxAmountIdr);
        RuleFor(c => c.SharePercent).InclusiveBetween(1, 100);
        RuleFor(c => c.CapPerBookingIdr).InclusiveBetween(1, RecordPaymentReceivedValidator.MaxAmountIdr);
        RuleFor(c => c.Kinds).NotEmpty().WithMessage("Choose at least one kind of care the programme pays for.")
            .Must(kinds => kinds.Distinct().Count() == kinds.Count).WithMessage("Name each kind of care once.");
        RuleForEach(c => c.Kinds).IsDefined();
        RuleFor(c => c.AreaCodes).NotEmpty().WithMessage("Name at least one area the programme covers.")
            .Must(codes => codes.Count <= SponsorProgrammeInput.MaxAreas).WithMessage("Name at most 30 areas; a province's or regency's code covers all of it.")
            .Must(codes => codes.Distinct().Count() == codes.Count).WithMessage("Name each area once.");
        RuleForEach(c => c.AreaCodes).Must(code => areas.Find(code.Trim()) is not null)
            .WithMessage("'{PropertyValue}' is not an area code such as 73, 73.71 or 73.71.10.");
        RuleFor(c => c.ValidFrom).MustBePlausible();
        RuleFor(c => c.ValidUntil).MustBePlausible();
        RuleFor(c => c.ValidUntil).GreaterThanOrEqualTo(c => c.ValidFrom).WithMessage("The programme must end on or after the day it starts.");
    }
}
