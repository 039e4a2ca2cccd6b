using FluentValidation;

namespace Marketplace.Application.Payments.Receive;

public sealed class RecordPaymentReceivedValidator : AbstractValidator<RecordPaymentReceived>
{
    /// <summary>More than any booking can cost (a year of daily visits at the highest rate), so a typo of extra digits is caught here.</summary>
    public const long MaxAmountIdr = 10_000_000_000;

    public RecordPaymentReceivedValidator()
    {
        RuleFor(c => c.AmountIdr).InclusiveBetween(1, MaxAmountIdr);
        RuleFor(c => c.OutstandingIdr).InclusiveBetween(0, MaxAmountIdr);
    }
}
