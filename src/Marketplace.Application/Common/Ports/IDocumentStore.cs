namespace Marketplace.Application.Common.Ports;

/// <summary>
/// Private files (certificate scans, profile photos): kept outside the web root and handed out only by use
/// cases that have checked who is asking. A key is a plain file name the store chose; it is never reused.
/// </summary>
public interface IDocumentStore
{
    /// <summary>Stores <paramref name="content"/> under a new key ending in <paramref name="extension"/> (".pdf") and returns the key.</summary>
    Task<string> SaveAsync(Stream content, string extension, CancellationToken cancellationToken);

    /// <summary>The stored file, for the caller to dispose; null when no file has <paramref name="key"/> (deleted since its record was read).</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes the file with <paramref name="key"/>. A key with no file is done already, not an error, so a retried delete succeeds.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
