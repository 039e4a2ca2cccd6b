using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Xml.Linq;
using Marketplace.IntegrationTests.Validation;
using Marketplace.TestSupport;
using Marketplace.Web.Composition;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Marketplace.IntegrationTests.Localization;

/// <summary>
/// A message about a field names it as the reader knows it ("'Tarif per jam (Rp)' wajib diisi."), never as
/// the code does ("'HourlyRateIdr'..."): every member of every API body, every query parameter and every
/// field of every page form has a label.
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

    [Fact]
    public void EveryFieldOfEveryPageForm_HasALabelInBothLanguages()
    {
        var fields = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var action in app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>().Where(action => !action.ControllerTypeInfo.IsDefined(typeof(ApiControllerAttribute), inherit: true)))
        {
            var route = action.AttributeRouteInfo?.Template ?? string.Empty;
            foreach (var parameter in action.Parameters.Where(p => !route.Contains("{" + p.Name, StringComparison.OrdinalIgnoreCase)
                && (p.BindingInfo?.BindingSource is not { } source || (source != BindingSource.Services && source != BindingSource.Special))))
            {
                FormFields(parameter.Name, parameter.ParameterType, fields, []);
            }
        }

        var unlabelled = fields.Where(field => !Labels("SharedResource.resx").Contains(field) || !Labels("SharedResource.en.resx").Contains(field));

        Assert.True(!unlabelled.Any(), "No label for: " + string.Join(", ", unlabelled));
    }

    [Fact]
    public void EveryFieldAValidatorNames_HasALabelInBothLanguages()
    {
        using var scope = app.Services.CreateScope();
        var validators = AppValidators.All(scope.ServiceProvider);
        Assert.NotEmpty(validators);

        // The fields the validators' messages name, as the display-name resolver sees them.
        var fields = new SortedSet<string>(
            validators.SelectMany(AppValidators.Rules).Where(rule => rule.Member is not null).Select(rule => LocalizationSetup.FieldOf(rule.Member, rule.Expression)),
            StringComparer.Ordinal);

        var unlabelled = fields.Where(field => !Labels("SharedResource.resx").Contains(field) || !Labels("SharedResource.en.resx").Contains(field));

        Assert.True(!unlabelled.Any(), "No label for: " + string.Join(", ", unlabelled));
    }

    /// <summary>The fields a page form binds: simple values by their name, forms (and lists of them) by their properties.</summary>
    private static void FormFields(string name, Type type, SortedSet<string> fields, HashSet<Type> seen)
    {
        var element = Nullable.GetUnderlyingType(type) ?? type;
        if (element != typeof(string) && element.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } list)
        {
            element = list.GetGenericArguments()[0];
        }

        if (element == typeof(CancellationToken) || element == typeof(Microsoft.AspNetCore.Http.IFormFile))
        {
            return;
        }

        if (element.IsPrimitive || element.IsEnum || element == typeof(string) || element == typeof(decimal) || element == typeof(Guid)
            || element == typeof(DateOnly) || element == typeof(TimeOnly) || element == typeof(DateTimeOffset))
        {
            fields.Add(char.ToUpperInvariant(name[0]) + name[1..]);
            return;
        }

        if (!seen.Add(element))
        {
            return;
        }

        foreach (var property in element.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && !p.IsDefined(typeof(Microsoft.AspNetCore.Mvc.ModelBinding.BindNeverAttribute))))
        {
            var display = property.GetCustomAttribute<System.ComponentModel.DataAnnotations.DisplayAttribute>()?.Name;
            if (display is not null)
            {
                fields.Add(display.StartsWith("Field.", StringComparison.Ordinal) ? display["Field.".Length..] : display);
            }
            else
            {
                FormFields(property.Name, property.PropertyType, fields, seen);
            }
        }
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
