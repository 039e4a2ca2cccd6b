using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Marketplace.Application.Listings;
using Marketplace.Application.Search;
using Marketplace.Application.Search.Services;

namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>How a daycare or clinic stop is written to the services index and read back.</summary>
internal static class ServiceFields
{
    public const string Id = "id";
    public const string ListingId = "listing";
    private const string Kind = "kind";
    private const string Title = "title";
    private const string Place = "place";
    private const string Lat = "lat";
    private const string Lon = "lon";
    private const string Need = "need";
    private const string OpenDay = "open";
    private const string Date = "date";
    private const string Price = "price";
    private const string DateFormat = "yyyy-MM-dd";

    public static Document ToLucene(ServiceDocument service)
    {
        var document = new Document
        {
            new StringField(Id, service.Id.ToString(), Field.Store.YES),
            new StringField(ListingId, service.ListingId.ToString(), Field.Store.YES),
            new StringField(Kind, service.Kind.ToString(), Field.Store.YES),
            new StoredField(Title, service.Title),
            new DoubleField(Lat, service.Lat, Field.Store.YES),
            new DoubleField(Lon, service.Lon, Field.Store.YES),
            new Int64Field(Price, service.PriceIdr, Field.Store.YES),
        };
        if (service.PlaceName is not null)
        {
            document.Add(new StoredField(Place, service.PlaceName));
        }

        if (service.Date is { } date)
        {
            document.Add(new StringField(Date, date.ToString(DateFormat, CultureInfo.InvariantCulture), Field.Store.YES));
        }

        foreach (var need in service.Needs)
        {
            document.Add(new StringField(Need, need, Field.Store.YES));
        }

        foreach (var day in service.OpeningDays)
        {
            document.Add(new StringField(OpenDay, day.ToString(), Field.Store.NO));
        }

        return document;
    }

    /// <summary>Kind, bounding box, every need, and the date (an opening day for a daycare, the stop's date for a clinic).</summary>
    public static Query Filters(ServiceSearchQuery search)
    {
        var box = Distance.BoundingBox(search.Lat, search.Lon, search.RadiusKm);
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(Kind, search.Kind.ToString())), Occur.MUST },
            { NumericRangeQuery.NewDoubleRange(Lat, box.MinLat, box.MaxLat, true, true), Occur.MUST },
            { NumericRangeQuery.NewDoubleRange(Lon, box.MinLon, box.MaxLon, true, true), Occur.MUST },
        };
        foreach (var need in search.Needs)
        {
            query.Add(new TermQuery(new Term(Need, need)), Occur.MUST);
        }

        if (search.Kind == ListingKind.MobileClinic && search.NotBefore is { } notBefore)
        {
            query.Add(TermRangeQuery.NewStringRange(Date, notBefore.ToString(DateFormat, CultureInfo.InvariantCulture), null, true, true), Occur.MUST);
        }

        if (search.Date is { } date)
        {
            query.Add(search.Kind == ListingKind.Daycare
                ? new TermQuery(new Term(OpenDay, date.DayOfWeek.ToString()))
                : new TermQuery(new Term(Date, date.ToString(DateFormat, CultureInfo.InvariantCulture))), Occur.MUST);
        }

        return query;
    }

    public static ServiceHit ToHit(Document stored, ServiceSearchQuery search)
    {
        var listingId = Guid.Parse(stored.Get(ListingId, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var id = Guid.Parse(stored.Get(Id, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var date = stored.Get(Date, CultureInfo.InvariantCulture);
        var km = Distance.Km(search.Lat, search.Lon, stored.GetField(Lat).GetDoubleValue() ?? 0, stored.GetField(Lon).GetDoubleValue() ?? 0);
        return new ServiceHit(
            listingId,
            id == listingId ? null : id,
            Enum.Parse<ListingKind>(stored.Get(Kind, CultureInfo.InvariantCulture)),
            stored.Get(Title, CultureInfo.InvariantCulture),
            stored.Get(Place, CultureInfo.InvariantCulture),
            date is null ? null : DateOnly.ParseExact(date, DateFormat, CultureInfo.InvariantCulture),
            Math.Round(km, 3),
            stored.GetField(Price).GetInt64Value() ?? 0,
            stored.GetValues(Need, CultureInfo.InvariantCulture));
    }
}
