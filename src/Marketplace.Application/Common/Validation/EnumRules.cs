using FluentValidation;
using FluentValidation.Validators;

namespace Marketplace.Application.Common.Validation;

/// <summary>
/// <c>IsDefined()</c>: the value is one of its enum's named members, with FluentValidation's <c>IsInEnum</c> message
/// and error code. FluentValidation's own validator reads the enum's attributes (to learn whether it is [Flags]) and
/// boxes the value on every call, about a sixth of a search's validation in a profile. Unlike it, this refuses a
/// combination of a [Flags] enum's members; no enum checked with it is one (EnumRuleTests holds that).
/// </summary>
public static class EnumRules
{
    public static IRuleBuilderOptions<T, TEnum> IsDefined<T, TEnum>(this IRuleBuilder<T, TEnum> rule)
        where TEnum : struct, Enum =>
        rule.SetValidator(new DefinedEnumValidator<T, TEnum>(Enum.IsDefined));

    /// <summary>A missing value passes, as with <c>IsInEnum</c>: <c>NotNull()</c> says whether one is required.</summary>
    public static IRuleBuilderOptions<T, TEnum?> IsDefined<T, TEnum>(this IRuleBuilder<T, TEnum?> rule)
        where TEnum : struct, Enum =>
        rule.SetValidator(new DefinedEnumValidator<T, TEnum?>(value => value is not { } member || Enum.IsDefined(member)));

    /// <summary>Named as FluentValidation's enum validator, so its message and error code are the same.</summary>
    private sealed class DefinedEnumValidator<T, TProperty>(Func<TProperty, bool> isDefined) : PropertyValidator<T, TProperty>
    {
        public override string Name => "EnumValidator";

        public override bool IsValid(ValidationContext<T> context, TProperty value) => isDefined(value);

        protected override string GetDefaultMessageTemplate(string errorCode) => Localized(errorCode, Name);
    }
}
