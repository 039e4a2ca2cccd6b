using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Areas;

/// <summary>An administrative area: a province, regency (kabupaten/kota) or district (kecamatan).</summary>
public sealed record Area(AreaCode Code, string Name, AreaCode? Parent);
