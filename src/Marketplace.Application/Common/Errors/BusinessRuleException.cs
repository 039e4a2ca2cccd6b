using System.Globalization;

namespace Marketplace.Application.Common.Errors;

/// <summary>
/// The request is well formed but breaks a rule of the domain or conflicts with the current state
/// (a booking that is no longer open, an email already registered). Shown to the caller as 409.
/// </summary>
/// <param name="rule">The rule in English, also the key of its translations; <c>{0}</c>, <c>{1}</c>… stand for <paramref name="arguments"/>.</param>
/// <param name="arguments">What the rule names (a date, a time), filled in by the caller's language.</param>
public sealed class BusinessRuleException(string rule, params object[] arguments)
    : Exception(arguments.Length == 0 ? rule : string.Format(CultureInfo.InvariantCulture, rule, arguments))
{
    /// <summary>The rule as written, before <see cref="Arguments"/> are filled in.</summary>
    public string Rule { get; } = rule;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}
