using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RegionalReportCopies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_Kind_PostedAt",
                table: "LedgerEntries");

            migrationBuilder.DropIndex(
                name: "IX_BookingVisits_RecipientAreaCode_StartsAt",
                table: "BookingVisits");

            migrationBuilder.AddColumn<string>(
                name: "RecipientAreaCode",
                table: "Reviews",
                type: "character varying(13)",
                maxLength: 13,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "RecipientAreaCode",
                table: "LedgerEntries",
                type: "character varying(13)",
                maxLength: 13,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "RecipientAreaCode",
                table: "Complaints",
                type: "character varying(13)",
                maxLength: 13,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<bool>(
                name: "BookingWasConfirmed",
                table: "BookingVisits",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "FamilyId",
                table: "BookingVisits",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "BookingVisits",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RecipientKind",
                table: "BookingVisits",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            // What the report reads of a booking, copied onto its visits, reviews, complaints and ledger lines (the domain keeps
            // them equal from now on).
            migrationBuilder.Sql("""
                UPDATE "BookingVisits" SET
                    "Kind" = (SELECT b."Kind" FROM "Bookings" AS b WHERE b."Id" = "BookingVisits"."BookingId"),
                    "FamilyId" = (SELECT b."FamilyId" FROM "Bookings" AS b WHERE b."Id" = "BookingVisits"."BookingId"),
                    "RecipientKind" = (SELECT b."RecipientKind" FROM "Bookings" AS b WHERE b."Id" = "BookingVisits"."BookingId"),
                    "BookingWasConfirmed" = CASE WHEN EXISTS (SELECT 1 FROM "Bookings" AS b WHERE b."Id" = "BookingVisits"."BookingId"
                        AND (b."Status" IN ('Confirmed', 'InProgress', 'Completed') OR (b."Status" = 'Cancelled' AND b."PaymentId" IS NOT NULL)))
                        THEN TRUE ELSE FALSE END
                """);
            migrationBuilder.Sql("""
                UPDATE "Reviews" SET "RecipientAreaCode" = (SELECT b."RecipientAreaCode" FROM "Bookings" AS b WHERE b."Id" = "Reviews"."BookingId")
                """);
            migrationBuilder.Sql("""
                UPDATE "Complaints" SET "RecipientAreaCode" = (SELECT b."RecipientAreaCode" FROM "Bookings" AS b WHERE b."Id" = "Complaints"."BookingId")
                """);
            migrationBuilder.Sql("""
                UPDATE "LedgerEntries" SET "RecipientAreaCode" = (SELECT b."RecipientAreaCode" FROM "Bookings" AS b WHERE b."Id" = "LedgerEntries"."BookingId")
                WHERE "BookingId" IS NOT NULL
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_RegionalReport",
                table: "Reviews",
                columns: new[] { "RecipientAreaCode", "CreatedAt", "HiddenAt", "Rating" });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_RegionalReport",
                table: "LedgerEntries",
                columns: new[] { "RecipientAreaCode", "PostedAt", "Kind", "DebitAccount", "AmountIdr" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_RegionalReport",
                table: "Complaints",
                columns: new[] { "RecipientAreaCode", "FiledAt", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_BookingVisits_RegionalReport",
                table: "BookingVisits",
                columns: new[] { "RecipientAreaCode", "StartsAt", "Kind", "Status", "BookingWasConfirmed", "EndsAt", "FamilyId", "RecipientId", "RecipientKind", "CaregiverId", "LengthMinutes" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reviews_RegionalReport",
                table: "Reviews");

            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_RegionalReport",
                table: "LedgerEntries");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_RegionalReport",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_BookingVisits_RegionalReport",
                table: "BookingVisits");

            migrationBuilder.DropColumn(
                name: "RecipientAreaCode",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "RecipientAreaCode",
                table: "LedgerEntries");

            migrationBuilder.DropColumn(
                name: "RecipientAreaCode",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "BookingWasConfirmed",
                table: "BookingVisits");

            migrationBuilder.DropColumn(
                name: "FamilyId",
                table: "BookingVisits");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "BookingVisits");

            migrationBuilder.DropColumn(
                name: "RecipientKind",
                table: "BookingVisits");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_Kind_PostedAt",
                table: "LedgerEntries",
                columns: new[] { "Kind", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BookingVisits_RecipientAreaCode_StartsAt",
                table: "BookingVisits",
                columns: new[] { "RecipientAreaCode", "StartsAt" });
        }
    }
}
