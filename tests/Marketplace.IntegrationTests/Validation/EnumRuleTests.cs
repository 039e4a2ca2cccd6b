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
}
