using Marketplace.Application.Common.Ports;

namespace Marketplace.Infrastructure.Documents;

/// <summary>
/// Keeps documents as files in one folder (<c>Documents:Path</c>, by default <c>DataPath/documents</c>), outside the
/// web root, named by a random id so that a key says nothing about its owner and cannot climb out of the folder.
/// Several instances share documents by pointing that setting at one shared folder (an NFS or SMB mount): a file is
/// whole before the save that names it commits, so another instance never reads half of one.
/// </summary>
internal sealed class FileDocumentStore(string folder) : IDocumentStore
{
    /// <summary>The setting naming the folder; relative paths are under DataPath.</summary>
    public const string PathSetting = "Documents:Path";

    public async Task<string> SaveAsync(Stream content, string extension, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
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

        return Path.Combine(folder, key);
    }
}
