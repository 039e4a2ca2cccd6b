using FluentValidation;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Areas;

public static class AreaRules
{
    /// <summary>A regency or district code that exists, such as 73.71 or 73.71.10; a province is too wide to serve.</summary>
    public static IRuleBuilderOptions<T, string> MustBeServiceArea<T>(this IRuleBuilder<T, string> rule, IAreaCatalog areas) =>
        rule.Must(code => areas.Find(code) is { Code.Level: not AreaLevel.Province })
            .WithMessage("'{PropertyValue}' is not a regency or district code such as 73.71.10.");
}
