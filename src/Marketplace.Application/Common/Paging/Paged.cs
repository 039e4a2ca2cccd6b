namespace Marketplace.Application.Common.Paging;

/// <summary>
/// One page of a list: <see cref="Items"/> in the list's order, <see cref="Total"/> counting every item of the list (not
/// only this page's), and the <see cref="Page"/> and <see cref="PageSize"/> asked for. A page past the last has no items.
/// </summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
