namespace Marketplace.Application.Common.Errors;

/// <summary>
/// The request is well formed but breaks a rule of the domain or conflicts with the current state
/// (a booking that is no longer open, an email already registered). Shown to the caller as 409.
/// </summary>
public sealed class BusinessRuleException(string message) : Exception(message);
