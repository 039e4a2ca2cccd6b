using FluentValidation.Validators;
using Marketplace.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Validation;

/// <summary>
/// Every enum is checked with <c>IsDefined()</c> (<c>EnumRules</c>), never FluentValidation's <c>IsInEnum()</c>, which
/// reads the enum's attributes on every call of every request.
/// </summary>
public sealed class EnumRuleTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public void NoValidator_ChecksAnEnumWithTheLibrarysValidator()
    {
        using var scope = app.Services.CreateScope();
        var validators = AppValidators.All(scope.ServiceProvider);
        Assert.NotEmpty(validators);

        var slow = validators.SelectMany(AppValidators.Rules)
            .Where(rule => rule.Components.Any(component => component.Validator.GetType() is { IsGenericType: true } type
                && type.GetGenericTypeDefinition() == typeof(EnumValidator<,>)))
            .Select(rule => $"{rule.TypeToValidate.Name} {rule.PropertyName}");

        Assert.Empty(slow);
    }

    /// <summary><c>IsDefined()</c> refuses a combination of members, which <c>IsInEnum()</c> allows for a [Flags] enum.</summary>
    [Fact]
    public void NoEnumCheckedWithIsDefined_IsAFlagsEnum()
    {
        using var scope = app.Services.CreateScope();
        var checkedEnums = AppValidators.All(scope.ServiceProvider).SelectMany(AppValidators.Rules)
            .SelectMany(rule => rule.Components.Select(component => component.Validator.GetType()))
            .Where(type => type is { IsGenericType: true, Name: "DefinedEnumValidator`2" })
            .Select(type => Nullable.GetUnderlyingType(type.GetGenericArguments()[1]) ?? type.GetGenericArguments()[1])
            .Distinct().ToList();
        Assert.NotEmpty(checkedEnums);

        Assert.Empty(checkedEnums.Where(type => type.IsDefined(typeof(FlagsAttribute), inherit: false)).Select(type => type.Name));
    }
}
