namespace Marketplace.Web.Pages;

/// <summary>
/// The links to the previous and next page of a paged list (Views/Shared/_PageLinks.cshtml), each null where there is
/// no such page, and the name the links' navigation is announced by.
/// </summary>
public sealed record PageLinks(string Label, string? PreviousHref, string? NextHref)
{
    /// <summary>The links around <paramref name="page"/> of a list of <paramref name="total"/> items, <paramref name="pageSize"/> a page.</summary>
    public static PageLinks Around(string label, int page, int pageSize, int total, Func<int, string> href) =>
        new(label, page > 1 ? href(page - 1) : null, (long)page * pageSize < total ? href(page + 1) : null);
}
