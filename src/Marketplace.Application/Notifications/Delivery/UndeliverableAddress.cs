using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Notifications.Delivery;

/// <summary>
/// An address the email service reported as not receiving our mail (a hard bounce, a drop, a spam report). No email is
/// sent to it until its owner says it works again or confirms it anew; admins see the list.
/// </summary>
public sealed class UndeliverableAddress
{
    /// <summary>The longest reason kept: the service's words, which may be long (an SMTP answer).</summary>
    public const int MaxDetailLength = 300;

    private UndeliverableAddress(string address, DateTimeOffset reportedAt)
    {
        Address = address;
        ReportedAt = reportedAt;
    }

    /// <summary>The address in lower case, as it is looked up (addresses are compared without letter case).</summary>
    public string Address { get; private set; }

    public UndeliverableReason Reason { get; private set; }

    /// <summary>What the receiving server or the service said, cut to <see cref="MaxDetailLength"/>; null when it said nothing.</summary>
    public string? Detail { get; private set; }

    /// <summary>When the service saw it (the event's time), the latest report when there were several.</summary>
    public DateTimeOffset ReportedAt { get; private set; }

    /// <summary>The email whose delivery failed (its outbox message id), when the event named it.</summary>
    public Guid? EmailId { get; private set; }

    /// <summary>How an address is keyed: trimmed, in lower case.</summary>
    public static string KeyOf(string address) => address.Trim().ToLowerInvariant();

    public static UndeliverableAddress Report(string address, UndeliverableReason reason, string? detail, Guid? emailId, DateTimeOffset at)
    {
        var key = KeyOf(address);
        if (key.Length is 0 or > FieldLimits.EmailMaxLength)
        {
            throw new ArgumentException("An undeliverable address needs an address of at most 254 characters.", nameof(address));
        }

        var undeliverable = new UndeliverableAddress(key, at);
        undeliverable.Set(reason, detail, emailId, at);
        return undeliverable;
    }

    /// <summary>Another report of the same address: the newest one is kept, so replays and late duplicates change nothing.</summary>
    public void ReportAgain(UndeliverableReason reason, string? detail, Guid? emailId, DateTimeOffset at)
    {
        if (at > ReportedAt)
        {
            Set(reason, detail, emailId, at);
        }
    }

    private void Set(UndeliverableReason reason, string? detail, Guid? emailId, DateTimeOffset at)
    {
        Reason = reason;
        var text = detail?.Trim();
        Detail = string.IsNullOrEmpty(text) ? null : text.Length > MaxDetailLength ? text[..MaxDetailLength] : text;
        EmailId = emailId;
        ReportedAt = at;
    }
}

/// <summary>Why an address is undeliverable, as the email service reported it.</summary>
public enum UndeliverableReason
{
    /// <summary>The receiving server refused the address for good (no such mailbox, no such domain).</summary>
    Bounced,

    /// <summary>The service did not even try: the address bounced or complained before, or is invalid.</summary>
    Dropped,

    /// <summary>The reader marked our email as spam; sending more would harm every other reader's delivery.</summary>
    SpamReport,
}
