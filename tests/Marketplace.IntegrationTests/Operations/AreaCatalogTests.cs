using Marketplace.Application.Areas;
using Marketplace.Application.SharedKernel;
using Marketplace.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Operations;

public sealed class AreaCatalogTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private IAreaCatalog Catalog => app.Services.GetRequiredService<IAreaCatalog>();

    [Fact]
    public void Tamalate_IsADistrictOfKotaMakassar()
    {
        var tamalate = Catalog.Find("73.71.10");

        Assert.NotNull(tamalate);
        Assert.Equal("Tamalate", tamalate.Name);
        Assert.Equal("Kota Makassar", Catalog.Find(tamalate.Parent!.Value)?.Name);
    }

    [Fact]
    public void SouthSulawesi_HasItsRegenciesAndCities()
    {
        var regencies = Catalog.ChildrenOf(AreaCode.Parse("73")).Select(a => a.Name).ToList();

        Assert.Equal(24, regencies.Count);
        Assert.Contains("Kabupaten Gowa", regencies);
        Assert.Contains("Kabupaten Maros", regencies);
    }

    [Fact]
    public void AnUnknownCode_IsNotFound() => Assert.Null(Catalog.Find("73.99.99"));
}
