using System;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Bookings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Taken",
                table: "ClinicSlots",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Bookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    FamilyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FamilyUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecipientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecipientName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ProviderUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProviderName = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    CaregiverId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ListingId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ClinicSlotId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    TimeZone = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    HourlyRateIdr = table.Column<long>(type: "bigint", nullable: false),
                    VisitPriceIdr = table.Column<long>(type: "bigint", nullable: false),
                    PriceIdr = table.Column<long>(type: "bigint", nullable: false),
                    LateCancellationPercent = table.Column<int>(type: "int", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RespondBy = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CancelledBy = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CancellationChargeIdr = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bookings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DaycareDays",
                columns: table => new
                {
                    ListingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Taken = table.Column<int>(type: "int", nullable: false),
                    Capacity = table.Column<int>(type: "int", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaregiverId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    StartsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    HoldsTime = table.Column<bool>(type: "bit", nullable: false),
                    CheckedInAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CheckedOutAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Log = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    BookingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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

            migrationBuilder.AddCheckConstraint(
                name: "clinic_slot_full",
                table: "ClinicSlots",
                sql: "\"Taken\" <= \"Capacity\"");

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
            // The database refuses overlapping visits of one caregiver that both hold time. The range lock
            // (UPDLOCK, HOLDLOCK) makes a concurrent writer of the same caregiver wait or lose as a deadlock victim.
            migrationBuilder.Sql($"""
                CREATE TRIGGER [BookingVisits_NoOverlap] ON [BookingVisits] AFTER INSERT, UPDATE AS
                BEGIN
                    SET NOCOUNT ON;
                    IF EXISTS (
                        SELECT 1 FROM inserted AS n
                        JOIN [BookingVisits] AS v WITH (UPDLOCK, HOLDLOCK)
                          ON v.[CaregiverId] = n.[CaregiverId] AND v.[Id] <> n.[Id]
                        WHERE n.[HoldsTime] = 1 AND v.[HoldsTime] = 1 AND v.[StartsAt] < n.[EndsAt] AND n.[StartsAt] < v.[EndsAt])
                        THROW 51000, '{DatabaseGuards.CaregiverDoubleBooked}', 1;
                END
                """);
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
