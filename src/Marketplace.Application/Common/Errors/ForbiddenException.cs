namespace Marketplace.Application.Common.Errors;

/// <summary>The caller is signed in but may not do this to this resource.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
