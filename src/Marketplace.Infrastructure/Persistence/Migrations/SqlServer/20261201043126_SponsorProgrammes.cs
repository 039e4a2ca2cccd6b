using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.SqlServer
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
                type: "nvarchar(13)",
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
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SponsorProgrammeName",
                table: "Bookings",
                type: "nvarchar(150)",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SponsorReleasedAt",
                table: "Bookings",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SponsorReservedAt",
                table: "Bookings",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SponsorReservedIdr",
                table: "Bookings",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SponsorSharePercent",
                table: "Bookings",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SponsorProgrammes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Funder = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    BudgetIdr = table.Column<long>(type: "bigint", nullable: false),
                    CommittedIdr = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L),
                    SharePercent = table.Column<int>(type: "int", nullable: false),
                    CapPerBookingIdr = table.Column<long>(type: "bigint", nullable: false),
                    Kinds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AreaCodes = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EvidenceReference = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    WithdrawnBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
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
