using System.ComponentModel.DataAnnotations;
using Marketplace.Application.Payments.Receive;

namespace Marketplace.Web.Pages;

/// <summary>
/// The provider records money received from the family: the amount as typed ("150.000", "Rp 150.000"), and the amount
/// still owed that the page showed, so the same form sent twice records one payment.
/// </summary>
public sealed class PaymentReceivedForm
{
    [Display(Name = "Field.AmountIdr")]
    public string? AmountIdr { get; set; }

    public long OutstandingIdr { get; set; }

    public (RecordPaymentReceived? Command, IReadOnlyDictionary<string, string> Unreadable) ToCommand(Guid bookingId)
    {
        var numbers = new FormNumbers();
        var amount = numbers.Whole(AmountIdr, nameof(AmountIdr));
        return numbers.Errors.Count == 0 ? (new RecordPaymentReceived(bookingId, amount, OutstandingIdr), numbers.Errors) : (null, numbers.Errors);
    }
}
