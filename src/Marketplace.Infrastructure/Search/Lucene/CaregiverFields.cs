using System.Globalization;
using System.Text.Json;
using Lucene.Net.Documents;
using Marketplace.Application.Bookings;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Search;

namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>How a caregiver is laid out in a Lucene document.</summary>
internal static class CaregiverFields
{
    public const string Id = "id";
    public const string Name = "name";
    public const string Text = "text";
    public const string TextEn = "text_en";
    public const string Skill = "skill";
    public const string Language = "language";
    public const string Rate = "rate";
    public const string Lat = "lat";
    public const string Lon = "lon";
    public const string Verified = "verified";
    public const string Rating = "rating";
    public const string ServiceRadius = "radius";
    public const string Schedule = "schedule";
    public const string Yes = "1";

    public static Document ToLucene(CaregiverDocument caregiver)
    {
        var text = $"{caregiver.FullName} {caregiver.Bio}";
        var document = new Document
        {
            new StringField(Id, caregiver.Id.ToString(), Field.Store.YES),
            new StoredField(Name, caregiver.FullName),
            new TextField(Text, text, Field.Store.NO),
            new TextField(TextEn, text, Field.Store.NO),
            new Int64Field(Rate, caregiver.HourlyRateIdr, Field.Store.YES),
            new DoubleField(Lat, caregiver.Lat, Field.Store.YES),
            new DoubleField(Lon, caregiver.Lon, Field.Store.YES),
            new StoredField(ServiceRadius, caregiver.ServiceRadiusKm),
            new StringField(Verified, caregiver.Verified ? Yes : "0", Field.Store.YES),
            new StoredField(Schedule, JsonSerializer.Serialize(
                new StoredSchedule(caregiver.TimeZone, [.. caregiver.Weekly], [.. caregiver.TimeOff], [.. caregiver.Booked]), JsonSerializerOptions.Web)),
        };
        foreach (var skill in caregiver.Skills)
        {
            document.Add(new StringField(Skill, skill, Field.Store.YES));
        }

        foreach (var language in caregiver.Languages)
        {
            document.Add(new StringField(Language, language, Field.Store.YES));
        }

        if (caregiver.Rating is { } rating)
        {
            document.Add(new StoredField(Rating, rating));
        }

        return document;
    }

    /// <summary>Whether the stored caregiver travels <paramref name="km"/>; documents indexed before radii were stored travel anywhere.</summary>
    public static bool Serves(Document stored, double km) => km <= (stored.GetField(ServiceRadius)?.GetInt32Value() ?? int.MaxValue);

    /// <summary>Whether the stored caregiver is free for the visit, by their weekly windows and time off.</summary>
    public static bool IsAvailable(Document stored, (DateTimeOffset Start, TimeSpan Duration) visit)
    {
        var schedule = JsonSerializer.Deserialize<StoredSchedule>(stored.Get(Schedule, CultureInfo.InvariantCulture), JsonSerializerOptions.Web)!;
        var end = visit.Start + visit.Duration;
        return WeeklySchedule.Covers(schedule.TimeZone, schedule.Weekly, schedule.TimeOff, visit.Start, visit.Duration)
            && !(schedule.Booked ?? []).Any(booked => booked.Start < end && visit.Start < booked.End);
    }

    public static CaregiverHit ToHit(Document stored, double distanceKm) => new(
        Guid.Parse(stored.Get(Id, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        stored.Get(Name, CultureInfo.InvariantCulture),
        distanceKm,
        stored.GetValues(Skill, CultureInfo.InvariantCulture),
        stored.GetValues(Language, CultureInfo.InvariantCulture),
        stored.GetField(Rate).GetInt64Value() ?? 0,
        stored.GetField(Rating)?.GetDoubleValue(),
        stored.Get(Verified, CultureInfo.InvariantCulture) == Yes);
}

/// <summary>
/// A caregiver's week and booked visits as kept in the index, to answer "free at this time?" without the
/// database. Documents written before visits were indexed have no <see cref="Booked"/>.
/// </summary>
internal sealed record StoredSchedule(string TimeZone, WeeklySlot[] Weekly, TimeOff[] TimeOff, TimeWindow[]? Booked);
