using FluentValidation;

namespace Marketplace.Application.SharedKernel;

/// <summary>A point inside Indonesia's bounding box; <paramref name="outside"/> says which point is meant.</summary>
internal sealed class PointInputValidator : AbstractValidator<PointInput>
{
    public PointInputValidator(string outside)
    {
        RuleFor(p => p.Lat).InclusiveBetween(GeoPoint.MinLatitude, GeoPoint.MaxLatitude).WithMessage(outside);
        RuleFor(p => p.Lon).InclusiveBetween(GeoPoint.MinLongitude, GeoPoint.MaxLongitude).WithMessage(outside);
    }
}
