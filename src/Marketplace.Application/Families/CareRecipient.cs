using Marketplace.Application.Common.Errors;

namespace Marketplace.Application.Families;

/// <summary>
/// Someone who receives care. Never logs in; managed by their family. Their needs (health and disability details)
/// are kept only while the family's <see cref="Consent"/> stands: withdrawing it erases them.
/// </summary>
public sealed partial class CareRecipient
{
    /// <summary>Said when health details would be kept for someone whose consent was withdrawn and not given again.</summary>
    public const string NeedsWithoutConsent = "Health and disability details are kept only with consent; tick the consent box to give it again.";

    /// <summary>Said when consent is withdrawn a second time.</summary>
    public const string ConsentAlreadyWithdrawn = "Consent for these health details was already withdrawn.";

    private readonly List<string> _needs = [];

    // EF Core sets Address and Consent (complex properties) after construction; Create sets them for new ones.
    private CareRecipient(Guid id, string name, RecipientKind kind, int birthYear)
    {
        Id = id;
        Name = name;
        Kind = kind;
        BirthYear = birthYear;
        Address = null!;
        Consent = null!;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public RecipientKind Kind { get; private set; }

    public int BirthYear { get; private set; }

    public IReadOnlyList<string> Needs => _needs;

    public RecipientAddress Address { get; private set; }

    public Consent Consent { get; private set; }

    internal static CareRecipient Create(
        string name, RecipientKind kind, int birthYear, IEnumerable<string> needs, RecipientAddress address, Consent consent)
    {
        var recipient = new CareRecipient(Guid.CreateVersion7(consent.AcceptedAt), name, kind, birthYear)
        {
            Address = address,
            Consent = consent,
        };
        recipient._needs.AddRange(needs.Distinct(StringComparer.Ordinal));
        return recipient;
    }

    /// <summary>
    /// Replaces what the family wrote about the person. <paramref name="renewed"/>, when given, is consent given again
    /// after a withdrawal (a consent that stands is kept as it was); needs are refused while no consent stands.
    /// </summary>
    internal void Update(string name, RecipientKind kind, int birthYear, IEnumerable<string> needs, RecipientAddress address, Consent? renewed)
    {
        var kept = needs.Distinct(StringComparer.Ordinal).ToList();
        var consent = Consent.IsGiven || renewed is null ? Consent : renewed;
        if (kept.Count > 0 && !consent.IsGiven)
        {
            throw new BusinessRuleException(NeedsWithoutConsent);
        }

        Name = name;
        Kind = kind;
        BirthYear = birthYear;
        Address = address;
        Consent = consent;
        _needs.Clear();
        _needs.AddRange(kept);
    }

    /// <summary>The family withdraws its consent: the health details are erased at once and nobody else is shown the person.</summary>
    internal void WithdrawConsent(DateTimeOffset now)
    {
        if (!Consent.IsGiven)
        {
            throw new BusinessRuleException(ConsentAlreadyWithdrawn);
        }

        Consent = Consent with { WithdrawnAt = now };
        _needs.Clear();
    }
}
