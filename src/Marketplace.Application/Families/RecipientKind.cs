namespace Marketplace.Application.Families;

public enum RecipientKind
{
    Elder,
    Disability,
    Child,
}
