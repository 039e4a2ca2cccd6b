using Marketplace.Application.Common.Ports;

namespace Marketplace.Infrastructure.Documents;

/// <summary>
/// Keeps documents as files under <c>DataPath/documents</c>, outside the web root, named by a random
/// id so that a key says nothing about its owner and cannot climb out of the folder.
/// </summary>
internal sealed class FileDocumentStore(DataPathOptions dataPath) : IDocumentStore
{
    private string Folder => dataPath.PathOf("documents");

    public async Task<string> SaveAsync(Stream content, string extension, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var key = $"{Guid.NewGuid():N}{extension}";
        await using var file = new FileStream(PathOf(key), FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await content.CopyToAsync(file, cancellationToken);
        return key;
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return Task.FromResult<Stream?>(new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));
        }
        catch (Exception missing) when (missing is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        // File.Delete is silent for a missing file but not for a missing folder; both mean "already gone".
        var path = PathOf(key);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }

    private string PathOf(string key)
    {
        if (Path.GetFileName(key) != key)
        {
            throw new ArgumentException("A document key is a plain file name.", nameof(key));
        }

        return Path.Combine(Folder, key);
    }
}
