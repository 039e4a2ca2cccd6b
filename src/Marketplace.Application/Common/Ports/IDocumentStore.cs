namespace Marketplace.Application.Common.Ports;

/// <summary>
/// Private files (scanned certificates): kept outside the web root and handed out only by use cases
/// that have checked who is asking.
/// </summary>
public interface IDocumentStore
{
    /// <summary>Stores <paramref name="content"/> and returns the key to open it with later.</summary>
    Task<string> SaveAsync(Stream content, string extension, CancellationToken cancellationToken);

    Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken);
}
