using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class VisitPlaces : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PlaceId",
                table: "BookingVisits",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RecipientId",
                table: "BookingVisits",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateIndex(
                name: "IX_BookingVisits_PlaceId_RecipientId",
                table: "BookingVisits",
                columns: new[] { "PlaceId", "RecipientId" });

            // Visits booked before this migration learn their recipient and place from their booking.
            migrationBuilder.Sql("""
                UPDATE "BookingVisits" SET
                    "RecipientId" = (SELECT b."RecipientId" FROM "Bookings" AS b WHERE b."Id" = "BookingVisits"."BookingId"),
                    "PlaceId" = (SELECT CASE b."Kind" WHEN 'MobileClinic' THEN b."ClinicSlotId" WHEN 'Daycare' THEN b."ListingId" END
                                 FROM "Bookings" AS b WHERE b."Id" = "BookingVisits"."BookingId")
                """);

            // A person booked twice into one place before the guard existed keeps both bookings; only the first
            // holds the guarded place, so the guard can be created over the data as it is.
            migrationBuilder.Sql("""
                UPDATE "BookingVisits" SET "PlaceId" = NULL
                WHERE "PlaceId" IS NOT NULL AND "HoldsTime" AND EXISTS (
                    SELECT 1 FROM "BookingVisits" AS earlier
                    WHERE earlier."PlaceId" = "BookingVisits"."PlaceId" AND earlier."RecipientId" = "BookingVisits"."RecipientId"
                      AND earlier."StartsAt" = "BookingVisits"."StartsAt" AND earlier."HoldsTime" AND earlier."Id" < "BookingVisits"."Id")
                """);

            // One person, one place a day at a daycare and one appointment a slot at a clinic, under any concurrency.
            migrationBuilder.Sql($"""
                CREATE UNIQUE INDEX "{DatabaseGuards.RecipientPlaceTaken}" ON "BookingVisits" ("PlaceId", "RecipientId", "StartsAt")
                WHERE "HoldsTime" AND "PlaceId" IS NOT NULL
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""DROP INDEX "{DatabaseGuards.RecipientPlaceTaken}" """);

            migrationBuilder.DropIndex(
                name: "IX_BookingVisits_PlaceId_RecipientId",
                table: "BookingVisits");

            migrationBuilder.DropColumn(
                name: "PlaceId",
                table: "BookingVisits");

            migrationBuilder.DropColumn(
                name: "RecipientId",
                table: "BookingVisits");
        }
    }
}
