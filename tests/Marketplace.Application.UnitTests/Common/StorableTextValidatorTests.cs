using Marketplace.Application.Common.Validation;
using Marketplace.Application.Search;

namespace Marketplace.Application.UnitTests.Common;

/// <summary>Unsavable text is found wherever it sits in a message; numbers, dates and enums beside it are passed over.</summary>
public sealed class StorableTextValidatorTests
{
    [Fact]
    public void ANul_InASearchsTextAndSkills_IsReported_AtItsPath()
    {
        var failures = new StorableTextValidator<SearchCaregivers>().Validate(Search(["bathing", "wound\0care"], "nurse\0")).Errors;

        Assert.Equal(["Query.Skills[1]", "Query.Text"], failures.Select(f => f.PropertyName).Order());
        Assert.All(failures, f => Assert.Equal(StorableTextValidator<SearchCaregivers>.Refusal, f.ErrorMessage));
    }

    [Fact]
    public void StorableText_BesideNumbersDatesAndEnums_Passes()
    {
        Assert.True(new StorableTextValidator<SearchCaregivers>().Validate(Search(["bathing"], "Ibu \"perawat luka\"")).IsValid);
    }

    private static SearchCaregivers Search(IReadOnlyList<string> skills, string text) =>
        new(new CaregiverSearchQuery(-5.14, 119.42, 10, skills, ["bug"], 150_000, true, text, SearchSort.Price, 1, 20, DateTimeOffset.UnixEpoch, 2));
}
