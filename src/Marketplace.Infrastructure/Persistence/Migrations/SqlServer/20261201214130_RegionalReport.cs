using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RegionalReport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "LengthMinutes",
                table: "BookingVisits",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "RecipientAreaCode",
                table: "BookingVisits",
                type: "nvarchar(13)",
                maxLength: 13,
                nullable: true,
                collation: "Latin1_General_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "RecipientAreaCode",
                table: "Bookings",
                type: "nvarchar(13)",
                maxLength: 13,
                nullable: true,
                collation: "Latin1_General_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "RecipientKind",
                table: "Bookings",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            // Bookings made before this migration learn their person's kind and home district from the person as they are now;
            // a booking whose person was removed since keeps neither, and the regional report leaves it out.
            migrationBuilder.Sql("""
                UPDATE "Bookings" SET
                    "RecipientKind" = (SELECT r."Kind" FROM "CareRecipient" AS r WHERE r."Id" = "Bookings"."RecipientId"),
                    "RecipientAreaCode" = (SELECT r."AreaCode" FROM "CareRecipient" AS r WHERE r."Id" = "Bookings"."RecipientId")
                """);
            migrationBuilder.Sql("""
                UPDATE "BookingVisits" SET
                    "RecipientAreaCode" = (SELECT b."RecipientAreaCode" FROM "Bookings" AS b WHERE b."Id" = "BookingVisits"."BookingId"),
                    "LengthMinutes" = DATEDIFF(minute, "StartsAt", "EndsAt")
                """);

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_Kind_PostedAt",
                table: "LedgerEntries",
                columns: new[] { "Kind", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BookingVisits_RecipientAreaCode_StartsAt",
                table: "BookingVisits",
                columns: new[] { "RecipientAreaCode", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_RecipientAreaCode",
                table: "Bookings",
                column: "RecipientAreaCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_Kind_PostedAt",
                table: "LedgerEntries");

            migrationBuilder.DropIndex(
                name: "IX_BookingVisits_RecipientAreaCode_StartsAt",
                table: "BookingVisits");

            migrationBuilder.DropIndex(
                name: "IX_Bookings_RecipientAreaCode",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "LengthMinutes",
                table: "BookingVisits");

            migrationBuilder.DropColumn(
                name: "RecipientAreaCode",
                table: "BookingVisits");

            migrationBuilder.DropColumn(
                name: "RecipientAreaCode",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "RecipientKind",
                table: "Bookings");
        }
    }
}
