using FluentValidation;

namespace Marketplace.Application.SharedKernel;

public static class ListRules
{
    public const string TooMany = "'{PropertyName}' holds at most {MaxItems} items.";

    /// <summary>Every list a request carries has a ceiling: 500 copies of one opening day are a slip or an attack, never a choice.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<TItem>?> HoldsAtMost<T, TItem>(this IRuleBuilder<T, IReadOnlyList<TItem>?> rule, int max) =>
        rule.Must((_, list, context) =>
        {
            context.MessageFormatter.AppendArgument("MaxItems", max);
            return list is null || list.Count <= max;
        }).WithMessage(TooMany);
}
