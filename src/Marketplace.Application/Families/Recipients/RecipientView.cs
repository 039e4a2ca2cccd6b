namespace Marketplace.Application.Families.Recipients;

/// <summary>
/// A care recipient with their specific personal data; shown only to those allowed, and every view logged.
/// <see cref="ConsentWithdrawnAt"/> is when the family withdrew its consent (null while it stands): from then on
/// <see cref="Needs"/> is empty and only the family is shown the person.
/// </summary>
public sealed record RecipientView(
    Guid Id,
    string Name,
    RecipientKind Kind,
    int BirthYear,
    IReadOnlyList<string> Needs,
    AddressView Address,
    DateTimeOffset ConsentAcceptedAt,
    string ConsentTextVersion,
    DateTimeOffset? ConsentWithdrawnAt)
{
    public static RecipientView Of(CareRecipient recipient) => new(
        recipient.Id,
        recipient.Name,
        recipient.Kind,
        recipient.BirthYear,
        recipient.Needs,
        new AddressView(recipient.Address.AreaCode.Value, recipient.Address.Line, recipient.Address.Point.Latitude, recipient.Address.Point.Longitude),
        recipient.Consent.AcceptedAt,
        recipient.Consent.TextVersion,
        recipient.Consent.WithdrawnAt);
}

/// <summary><c>{areaCode, line, lat, lon}</c>, as the API takes and gives it.</summary>
public sealed record AddressView(string AreaCode, string Line, double Lat, double Lon)
{
    /// <summary>The address as the domain holds it; for an address its validator has passed.</summary>
    public RecipientAddress ToAddress() => new(SharedKernel.AreaCode.Parse(AreaCode), Line.Trim(), SharedKernel.GeoPoint.Create(Lat, Lon));
}
