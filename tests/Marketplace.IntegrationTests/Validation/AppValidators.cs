using System.Reflection;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Validation;

/// <summary>The use cases' validators as the mediator gets them, and the rules they run, nested validators' included.</summary>
internal static class AppValidators
{
    /// <summary>Every validator the services give for a type of the Application assembly.</summary>
    public static IReadOnlyList<IValidator> All(IServiceProvider services) =>
        [.. typeof(Marketplace.Application.DependencyInjection).Assembly.GetTypes()
            .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(type => type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            .Select(services.GetService).OfType<IValidator>()];

    /// <summary>
    /// The rules of <paramref name="validator"/> and of the validators it applies to nested values (<c>SetValidator</c>,
    /// <c>ChildRules</c>, <c>Include</c>), each validator once.
    /// </summary>
    public static IEnumerable<IValidationRule> Rules(IValidator validator) => Rules(validator, []);

    private static IEnumerable<IValidationRule> Rules(IValidator validator, HashSet<IValidator> seen)
    {
        if (!seen.Add(validator))
        {
            yield break;
        }

        foreach (var rule in validator.CreateDescriptor().Rules)
        {
            yield return rule;
            foreach (var child in rule.Components.Select(component => component.Validator).OfType<IChildValidatorAdaptor>())
            {
                foreach (var nested in Rules(NestedValidator(child), seen))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>The validator a child adaptor runs; it is handed out per validation, so one is asked for with an empty context.</summary>
    private static IValidator NestedValidator(IChildValidatorAdaptor child)
    {
        var context = Activator.CreateInstance(typeof(ValidationContext<>).MakeGenericType(child.GetType().GetGenericArguments()[0]), [null]);
        var getValidator = child.GetType().GetMethod("GetValidator", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)!;
        return (IValidator)getValidator.Invoke(child, [context, null])!;
    }
}
