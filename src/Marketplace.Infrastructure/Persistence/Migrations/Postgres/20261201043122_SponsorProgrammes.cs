using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SponsorProgrammes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SponsorAreaCode",
                table: "Bookings",
                type: "character varying(13)",
                maxLength: 13,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SponsorCapPerBookingIdr",
                table: "Bookings",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SponsorCareChargedIdr",
                table: "Bookings",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SponsorChargedIdr",
                table: "Bookings",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SponsorProgrammeId",
                table: "Bookings",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SponsorProgrammeName",
                table: "Bookings",
                type: "character varying(150)",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SponsorReleasedAt",
                table: "Bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SponsorReservedAt",
                table: "Bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SponsorReservedIdr",
                table: "Bookings",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SponsorSharePercent",
                table: "Bookings",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SponsorProgrammes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Funder = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    BudgetIdr = table.Column<long>(type: "bigint", nullable: false),
                    CommittedIdr = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L),
                    SharePercent = table.Column<int>(type: "integer", nullable: false),
                    CapPerBookingIdr = table.Column<long>(type: "bigint", nullable: false),
                    Kinds = table.Column<int[]>(type: "integer[]", nullable: false),
                    AreaCodes = table.Column<string[]>(type: "text[]", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SponsorProgrammes", x => x.Id);
                    table.CheckConstraint("sponsor_budget_spent", "\"CommittedIdr\" <= \"BudgetIdr\"");
                    table.CheckConstraint("sponsor_committed_not_negative", "\"CommittedIdr\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "SponsorEligibilities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    EvidenceReference = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    WithdrawnBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SponsorEligibilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SponsorEligibilities_SponsorProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "SponsorProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_SponsorProgrammeId",
                table: "Bookings",
                column: "SponsorProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_SponsorEligibilities_FamilyId",
                table: "SponsorEligibilities",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "sponsor_eligible_once",
                table: "SponsorEligibilities",
                columns: new[] { "ProgrammeId", "FamilyId" },
                unique: true,
                filter: "\"WithdrawnAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SponsorEligibilities");

            migrationBuilder.DropTable(
                name: "SponsorProgrammes");

            migrationBuilder.DropIndex(
                name: "IX_Bookings_SponsorProgrammeId",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "SponsorAreaCode",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "SponsorCapPerBookingIdr",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "SponsorCareChargedIdr",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "SponsorChargedIdr",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "SponsorProgrammeId",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "SponsorProgrammeName",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "SponsorReleasedAt",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "SponsorReservedAt",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "SponsorReservedIdr",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "SponsorSharePercent",
                table: "Bookings");
        }
    }
}
