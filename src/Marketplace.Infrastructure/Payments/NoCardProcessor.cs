using Marketplace.Application.Common.Errors;
using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Infrastructure.Payments;

/// <summary>The embedded default: no card processor, so families pay offline and every card operation is refused.</summary>
internal sealed class NoCardProcessor : ICardProcessor
{
    private const string NoCards = "Card payments are not available yet; choose to pay offline (cash or bank transfer).";

    public bool TakesCards => false;

    public bool PaysProvidersDirectly => false;

    public Uri? CheckoutOrigin => null;

    public TimeSpan AuthorisationLasts => TimeSpan.Zero;

    public Task<Uri> OpenCheckoutAsync(CardCheckoutRequest request, CancellationToken cancellationToken) => throw new BusinessRuleException(NoCards);

    public Task<string> AuthoriseSavedCardAsync(SavedCardAuthorisation request, CancellationToken cancellationToken) => throw new BusinessRuleException(NoCards);

    public Task<Money> CaptureAsync(CardCapture capture, CancellationToken cancellationToken) => throw new BusinessRuleException(NoCards);

    public Task ReleaseAsync(string processorPaymentId, string idempotencyKey, CancellationToken cancellationToken) => throw new BusinessRuleException(NoCards);

    public Task RefundAsync(CardRefund refund, CancellationToken cancellationToken) => throw new BusinessRuleException(NoCards);

    public CardEvent? ReadEvent(string body, string? signature) => throw new InvalidCardEventException("No card processor is configured, so no webhook can be verified.");
}
