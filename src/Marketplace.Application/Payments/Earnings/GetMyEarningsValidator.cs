namespace Marketplace.Application.Payments.Earnings;

public sealed class GetMyEarningsValidator(TimeProvider clock) : EarningsPeriodValidator<GetMyEarnings>(clock, q => q.From, q => q.To);
