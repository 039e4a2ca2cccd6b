namespace Marketplace.Application.SharedKernel;

/// <summary>A point as API clients send it: <c>{lat, lon}</c> in degrees.</summary>
public sealed record PointInput(double Lat, double Lon);
