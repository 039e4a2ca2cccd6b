namespace Marketplace.Application.Families;

/// <summary>Someone who receives care. Never logs in; managed by their family.</summary>
public sealed class CareRecipient
{
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
}
