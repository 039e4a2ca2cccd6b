namespace Marketplace.Application.Common.Ports;

/// <summary>Whether any saved record still points at a file of the <see cref="IDocumentStore"/>.</summary>
public interface IStoredFileReferences
{
    /// <summary>True while a photo or a certificate scan (of anyone) refers to <paramref name="key"/>, as committed now.</summary>
    Task<bool> IsReferencedAsync(string key, CancellationToken cancellationToken);
}
