using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
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
    public const string Verified = "verified";
    public const string Rating = "rating";
    public const string ReviewCount = "review_count";
    public const string Yes = "1";

    // Column-wise copies (doc values) of what a search tests: SegmentColumns reads these once per segment;
    // stored fields are read only for the page shown.
    public const string IdValues = "id_dv";
    public const string LatValues = "lat_dv";
    public const string LonValues = "lon_dv";
    public const string RateValues = "rate_dv";
    /// <summary>The rank by rating (<see cref="CaregiverDocument.RatingRank"/>), -1 when unrated; not the mean shown.</summary>
    public const string RatingValues = "rating_dv";
    public const string RadiusValues = "radius_dv";
    public const string VerifiedValues = "verified_dv";
    /// <summary>The caregiver's time zone, which their weekly windows are written in.</summary>
    public const string ZoneValues = "zone_dv";
    /// <summary>Weekly windows, as <see cref="ScheduleColumns.EncodeWeek"/> writes them.</summary>
    public const string WeekValues = "week_dv";
    /// <summary>Time off and booked visits, as <see cref="ScheduleColumns.EncodeBusy"/> writes them.</summary>
    public const string BusyValues = "busy_dv";
    public const string SkillValues = "skill_dv";
    public const string LanguageValues = "language_dv";

    public static Document ToLucene(CaregiverDocument caregiver)
    {
        var text = caregiver.SearchableText();
        var document = new Document
        {
            new StringField(Id, caregiver.Id.ToString(), Field.Store.YES),
            new StoredField(Name, caregiver.FullName),
            new TextField(Text, text, Field.Store.NO),
            new TextField(TextEn, text, Field.Store.NO),
            new StoredField(Rate, caregiver.HourlyRateIdr),
            new StoredField(Verified, caregiver.Verified ? Yes : "0"),
            new NumericDocValuesField(VerifiedValues, caregiver.Verified ? 1 : 0),
            new BinaryDocValuesField(IdValues, new BytesRef(caregiver.Id.ToByteArray())),
            new DoubleDocValuesField(LatValues, caregiver.Lat),
            new DoubleDocValuesField(LonValues, caregiver.Lon),
            new NumericDocValuesField(RateValues, caregiver.HourlyRateIdr),
            new DoubleDocValuesField(RatingValues, caregiver.RatingRank ?? -1),
            new NumericDocValuesField(RadiusValues, caregiver.ServiceRadiusKm),
            new SortedDocValuesField(ZoneValues, new BytesRef(caregiver.TimeZone)),
            new BinaryDocValuesField(WeekValues, ScheduleColumns.EncodeWeek(caregiver.Weekly)),
            new BinaryDocValuesField(BusyValues, ScheduleColumns.EncodeBusy(caregiver.TimeOff, caregiver.Booked)),
        };
        foreach (var skill in caregiver.Skills)
        {
            document.Add(new StoredField(Skill, skill));
            document.Add(new SortedSetDocValuesField(SkillValues, new BytesRef(skill)));
        }

        foreach (var language in caregiver.Languages)
        {
            document.Add(new StoredField(Language, language));
            document.Add(new SortedSetDocValuesField(LanguageValues, new BytesRef(language)));
        }

        if (caregiver.Rating is { } rating)
        {
            document.Add(new StoredField(Rating, rating));
            document.Add(new StoredField(ReviewCount, caregiver.ReviewCount));
        }

        return document;
    }

    public static CaregiverHit ToHit(Document stored, double distanceKm) => new(
        Guid.Parse(stored.Get(Id, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        stored.Get(Name, CultureInfo.InvariantCulture),
        distanceKm,
        stored.GetValues(Skill, CultureInfo.InvariantCulture),
        stored.GetValues(Language, CultureInfo.InvariantCulture),
        stored.GetField(Rate).GetInt64Value() ?? 0,
        stored.GetField(Rating)?.GetDoubleValue(),
        stored.GetField(ReviewCount)?.GetInt32Value() ?? 0,
        stored.Get(Verified, CultureInfo.InvariantCulture) == Yes);
}
