using System;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Bookings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Bookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CaregiverId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaregiverUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaregiverName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TimeZone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    HourlyRateIdr = table.Column<long>(type: "bigint", nullable: false),
                    PriceIdr = table.Column<long>(type: "bigint", nullable: false),
                    LateCancellationPercent = table.Column<int>(type: "integer", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RespondBy = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelledBy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancellationChargeIdr = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bookings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BookingVisits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaregiverId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    HoldsTime = table.Column<bool>(type: "boolean", nullable: false),
                    CheckedInAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CheckedOutAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Log = table.Column<string>(type: "text", nullable: true),
                    BookingId = table.Column<Guid>(type: "uuid", nullable: false)
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
                name: "IX_Bookings_CaregiverUserId",
                table: "Bookings",
                column: "CaregiverUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_FamilyUserId",
                table: "Bookings",
                column: "FamilyUserId");

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
            // The database refuses overlapping visits of one caregiver that both hold time, under any
            // concurrency: the loser of a race waits for the winner's commit, then fails with 23P01.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS btree_gist;");
            migrationBuilder.Sql($"""
                ALTER TABLE "BookingVisits" ADD CONSTRAINT {DatabaseGuards.CaregiverDoubleBooked}
                EXCLUDE USING gist ("CaregiverId" WITH =, tstzrange("StartsAt", "EndsAt") WITH &&) WHERE ("HoldsTime");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BookingVisits");

            migrationBuilder.DropTable(
                name: "Bookings");
        }
    }
}
