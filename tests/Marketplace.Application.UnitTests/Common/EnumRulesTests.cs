using FluentValidation;
using Marketplace.Application.Common.Validation;

namespace Marketplace.Application.UnitTests.Common;

/// <summary><c>IsDefined()</c> answers as FluentValidation's <c>IsInEnum()</c> does: the same verdict, message and error code.</summary>
public sealed class EnumRulesTests
{
    public static TheoryData<DayOfWeek, DayOfWeek?> Days => new()
    {
        { DayOfWeek.Monday, DayOfWeek.Friday },
        { (DayOfWeek)7, (DayOfWeek)(-1) },
        { (DayOfWeek)42, null },
    };

    [Theory]
    [MemberData(nameof(Days))]
    public void IsDefined_Fails_AsIsInEnumDoes(DayOfWeek day, DayOfWeek? optionalDay)
    {
        var visit = new Visit(day, optionalDay);

        var ours = new DefinedDays().Validate(visit).Errors.Select(Shape);
        var library = new LibraryDays().Validate(visit).Errors.Select(Shape);

        Assert.Equal(library, ours);
    }

    [Fact]
    public void AnUndefinedValue_IsRefused_WithTheFieldNamed()
    {
        var failure = Assert.Single(new DefinedDays().Validate(new Visit((DayOfWeek)9, DayOfWeek.Sunday)).Errors);

        Assert.Equal((nameof(Visit.Day), "EnumValidator", "'Day' has a range of values which does not include '9'."), Shape(failure));
    }

    private static (string Property, string Code, string Message) Shape(FluentValidation.Results.ValidationFailure failure) =>
        (failure.PropertyName, failure.ErrorCode, failure.ErrorMessage);

    public sealed record Visit(DayOfWeek Day, DayOfWeek? OptionalDay);

    private sealed class DefinedDays : AbstractValidator<Visit>
    {
        public DefinedDays()
        {
            RuleFor(v => v.Day).IsDefined();
            RuleFor(v => v.OptionalDay).IsDefined();
        }
    }

    private sealed class LibraryDays : AbstractValidator<Visit>
    {
        public LibraryDays()
        {
            RuleFor(v => v.Day).IsInEnum();
            RuleFor(v => v.OptionalDay).IsInEnum();
        }
    }
}
