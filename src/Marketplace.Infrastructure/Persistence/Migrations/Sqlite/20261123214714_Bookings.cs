using System;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Bookings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The guard comes with its column: SQLite cannot add a constraint to a table, so AddCheckConstraint would have
            // EF rebuild ClinicSlots, outside the transaction and with foreign keys off, warning at every fresh start.
            migrationBuilder.Sql($"""
                ALTER TABLE "ClinicSlots" ADD COLUMN "Taken" INTEGER NOT NULL DEFAULT 0
                    CONSTRAINT "{DatabaseGuards.ClinicSlotFull}" CHECK ("Taken" <= "Capacity");
                """);

            migrationBuilder.CreateTable(
                name: "Bookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecipientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProviderUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    CaregiverId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ListingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClinicSlotId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HourlyRateIdr = table.Column<long>(type: "INTEGER", nullable: false),
                    VisitPriceIdr = table.Column<long>(type: "INTEGER", nullable: false),
                    PriceIdr = table.Column<long>(type: "INTEGER", nullable: false),
                    LateCancellationPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RespondBy = table.Column<long>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancellationChargeIdr = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bookings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DaycareDays",
                columns: table => new
                {
                    ListingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Taken = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DaycareDays", x => new { x.ListingId, x.Date });
                    table.CheckConstraint("daycare_day_full", "\"Taken\" <= \"Capacity\"");
                    table.CheckConstraint("daycare_day_taken_not_negative", "\"Taken\" >= 0");
                    table.ForeignKey(
                        name: "FK_DaycareDays_Listings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "Listings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BookingVisits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaregiverId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HoldsTime = table.Column<bool>(type: "INTEGER", nullable: false),
                    CheckedInAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CheckedOutAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Log = table.Column<string>(type: "TEXT", nullable: true),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BookingVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BookingVisits_Bookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "Bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_FamilyUserId",
                table: "Bookings",
                column: "FamilyUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_ProviderUserId",
                table: "Bookings",
                column: "ProviderUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_Status_RespondBy",
                table: "Bookings",
                columns: new[] { "Status", "RespondBy" });

            migrationBuilder.CreateIndex(
                name: "IX_BookingVisits_BookingId",
                table: "BookingVisits",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_BookingVisits_CaregiverId_StartsAt",
                table: "BookingVisits",
                columns: new[] { "CaregiverId", "StartsAt" });
            // The database refuses overlapping visits of one caregiver that both hold time. SQLite takes one
            // writer at a time (transactions begin IMMEDIATE), so the check and the write cannot interleave.
            foreach (var (name, when) in new[] { ("Insert", "INSERT"), ("Update", "UPDATE OF \"HoldsTime\", \"StartsAt\", \"EndsAt\", \"CaregiverId\"") })
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "BookingVisits_NoOverlap_{name}" BEFORE {when} ON "BookingVisits"
                    WHEN NEW."HoldsTime" AND NEW."CaregiverId" IS NOT NULL AND EXISTS (
                        SELECT 1 FROM "BookingVisits" AS v
                        WHERE v."CaregiverId" = NEW."CaregiverId" AND v."HoldsTime" AND v."Id" <> NEW."Id"
                          AND v."StartsAt" < NEW."EndsAt" AND NEW."StartsAt" < v."EndsAt")
                    BEGIN SELECT RAISE(ABORT, '{DatabaseGuards.CaregiverDoubleBooked}'); END;
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BookingVisits");

            migrationBuilder.DropTable(
                name: "DaycareDays");

            migrationBuilder.DropTable(
                name: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "clinic_slot_full",
                table: "ClinicSlots");

            migrationBuilder.DropColumn(
                name: "Taken",
                table: "ClinicSlots");
        }
    }
}
