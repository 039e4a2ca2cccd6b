using System.ComponentModel.DataAnnotations;
using Marketplace.Application.Payments.Refund;

namespace Marketplace.Web.Pages;

/// <summary>An admin's refund to the family's card, with the amount as people type it (<c>50.000</c>, <c>50000</c>).</summary>
public sealed class RefundForm
{
    [Display(Name = "Field.AmountIdr")]
    public string? AmountIdr { get; set; }

    public (RefundCardPayment? Command, IReadOnlyDictionary<string, string> Unreadable) ToCommand(Guid bookingId)
    {
        var numbers = new FormNumbers();
        var amount = numbers.Whole(AmountIdr, nameof(AmountIdr));
        return numbers.Errors.Count == 0 ? (new RefundCardPayment(bookingId, amount), numbers.Errors) : (null, numbers.Errors);
    }
}
