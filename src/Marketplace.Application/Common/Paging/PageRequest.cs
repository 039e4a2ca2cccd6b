using FluentValidation;

namespace Marketplace.Application.Common.Paging;

/// <summary>
/// Which page of a list is asked for, as every paged list of the API takes it: <c>page</c> from 1 and <c>pageSize</c>
/// from 1 to <see cref="MaxPageSize"/> (<see cref="DefaultPageSize"/> when not given).
/// </summary>
public interface IPageRequest
{
    int Page { get; }

    int PageSize { get; }
}

/// <summary>The bounds of <see cref="IPageRequest"/>, and how many items a page skips.</summary>
public static class PageRequests
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>The items before this page: (page − 1) × pageSize.</summary>
    public static int Skip(this IPageRequest request) => (request.Page - 1) * request.PageSize;
}

/// <summary>The rules of <see cref="IPageRequest"/>, named as the query string names them.</summary>
public sealed class PageRequestValidator : AbstractValidator<IPageRequest>
{
    public PageRequestValidator()
    {
        RuleFor(request => request.Page).GreaterThanOrEqualTo(1).OverridePropertyName("page");
        RuleFor(request => request.PageSize).InclusiveBetween(1, PageRequests.MaxPageSize).OverridePropertyName("pageSize");

        // A page so far down that the items before it cannot be counted is past any list's end.
        RuleFor(request => request.Page).Must((request, page) => (long)page * request.PageSize <= int.MaxValue)
            .When(request => request.Page >= 1 && request.PageSize is >= 1 and <= PageRequests.MaxPageSize)
            .WithMessage("There is no such page.")
            .OverridePropertyName("page");
    }
}
