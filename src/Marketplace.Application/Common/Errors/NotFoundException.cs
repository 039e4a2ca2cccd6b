namespace Marketplace.Application.Common.Errors;

/// <summary>The resource asked for does not exist, or the caller may not know that it does.</summary>
public sealed class NotFoundException(string resource, object key)
    : Exception($"{resource} '{key}' was not found.")
{
    public string Resource { get; } = resource;
}
