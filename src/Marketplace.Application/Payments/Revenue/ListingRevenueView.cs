using Marketplace.Application.Listings;

namespace Marketplace.Application.Payments.Revenue;

/// <summary>
/// What an enterprise earned from each of its listings from <see cref="From"/> to <see cref="To"/> (local days in WITA,
/// inclusive), in whole Rupiah after the platform's commission, less refunds to cards; every listing is listed, the
/// best earning first. <see cref="Bookings"/> counts the bookings that earned in the period.
/// </summary>
public sealed record ListingRevenueView(DateOnly From, DateOnly To, IReadOnlyList<ListingRevenue> Listings, long EarnedIdr);

public sealed record ListingRevenue(Guid ListingId, string Title, ListingKind Kind, int Bookings, long EarnedIdr);
