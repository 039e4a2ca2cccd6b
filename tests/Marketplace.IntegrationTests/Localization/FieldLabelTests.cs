using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Xml.Linq;
using Marketplace.TestSupport;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Marketplace.IntegrationTests.Localization;

/// <summary>
/// A message about a field names it as the reader knows it ("'Tarif per jam (Rp)' wajib diisi."), never as
/// the code does ("'HourlyRateIdr'..."): every member of every API body and every query parameter has a label.
/// </summary>
public sealed class FieldLabelTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public void EveryFieldOfTheApi_HasALabelInBothLanguages()
    {
        var json = app.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Mvc.JsonOptions>>().Value.JsonSerializerOptions;
        var fields = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var parameter in app.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(group => group.Items).SelectMany(api => api.ParameterDescriptions))
        {
            if (parameter.Source == BindingSource.Body)
            {
                Members(json, parameter.Type, fields, []);
            }
            else if (parameter.Source == BindingSource.Query)
            {
                var name = parameter.ModelMetadata.PropertyName ?? parameter.Name;
                fields.Add(char.ToUpperInvariant(name[0]) + name[1..]);
            }
        }

        var unlabelled = fields.Where(field => !Labels("SharedResource.resx").Contains(field) || !Labels("SharedResource.en.resx").Contains(field));

        Assert.True(!unlabelled.Any(), "No label for: " + string.Join(", ", unlabelled));
    }

    private static void Members(JsonSerializerOptions json, Type type, SortedSet<string> fields, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            return;
        }

        var info = json.GetTypeInfo(type);
        if (info.Kind is JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary)
        {
            Members(json, info.ElementType!, fields, seen);
            return;
        }

        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var derived in info.PolymorphismOptions?.DerivedTypes ?? [])
        {
            fields.Add("Kind");
            Members(json, derived.DerivedType, fields, seen);
        }

        foreach (var property in info.Properties)
        {
            fields.Add(((MemberInfo)property.AttributeProvider!).Name);
            Members(json, property.PropertyType, fields, seen);
        }
    }

    private static HashSet<string> Labels(string file)
    {
        var path = Path.Combine(RepositoryRoot.Path, "src", "Marketplace.Web", "Resources", file);
        return [.. XDocument.Load(path).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)
            .Where(name => name.StartsWith("Field.", StringComparison.Ordinal)).Select(name => name["Field.".Length..])];
    }
}
