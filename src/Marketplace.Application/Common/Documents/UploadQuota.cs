using Marketplace.Application.Common.Errors;

namespace Marketplace.Application.Common.Documents;

/// <summary>
/// How many bytes of stored files one account may hold at a time (<c>Uploads:MaxBytesPerAccount</c>), so that
/// no account can fill the disk. What counts is what the account's records refer to now: a replaced file
/// stops counting when it is replaced, not when the outbox deletes it.
/// </summary>
public sealed record UploadQuota
{
    public const string Setting = "Uploads:MaxBytesPerAccount";

    /// <summary>Said when an upload would take the account over the quota; <c>{0}</c> is the quota in MB.</summary>
    public const string Exceeded = "Your files may take at most {0:0.#} MB in all; this upload would go over that. Replace a file with a smaller one instead.";

    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="maxBytesPerAccount"/> is not positive.</exception>
    public UploadQuota(long maxBytesPerAccount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytesPerAccount);
        MaxBytesPerAccount = maxBytesPerAccount;
    }

    /// <summary>50 MB: a photo (2 MB at most) and about ten full-size certificate scans (5 MB each).</summary>
    public static UploadQuota Default { get; } = new(50L * 1024 * 1024);

    public long MaxBytesPerAccount { get; }

    /// <summary>The quota in megabytes (of 1,048,576 bytes), to a tenth, as messages name it.</summary>
    public decimal MaxMegabytes => Math.Round(MaxBytesPerAccount / (1024m * 1024m), 1);

    /// <summary>Refuses (409) when an account would hold <paramref name="bytesAfterUpload"/> bytes in all.</summary>
    public void EnsureRoomFor(long bytesAfterUpload)
    {
        if (bytesAfterUpload > MaxBytesPerAccount)
        {
            throw new BusinessRuleException(Exceeded, MaxMegabytes);
        }
    }
}
