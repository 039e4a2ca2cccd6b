using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaregiverScheduleAsJson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TimeOff",
                table: "Caregivers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WeeklyAvailability",
                table: "Caregivers",
                type: "TEXT",
                nullable: true);

            // Each caregiver's rows become the JSON arrays EF Core now reads, in the order they were written (instants stay UTC ticks).
            migrationBuilder.Sql("""
                UPDATE "Caregivers" SET
                    "WeeklyAvailability" = (SELECT json_group_array(json_object('Day', s."Day", 'End', s."End", 'Start', s."Start") ORDER BY s."Id")
                        FROM "CaregiverWeeklySlots" AS s WHERE s."CaregiverId" = "Caregivers"."Id"),
                    "TimeOff" = (SELECT json_group_array(json_object('From', t."From", 'To', t."To") ORDER BY t."Id")
                        FROM "CaregiverTimeOff" AS t WHERE t."CaregiverId" = "Caregivers"."Id")
                """);

            migrationBuilder.DropTable(
                name: "CaregiverTimeOff");

            migrationBuilder.DropTable(
                name: "CaregiverWeeklySlots");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaregiverTimeOff",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaregiverId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<long>(type: "INTEGER", nullable: false),
                    To = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaregiverTimeOff", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaregiverTimeOff_Caregivers_CaregiverId",
                        column: x => x.CaregiverId,
                        principalTable: "Caregivers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaregiverWeeklySlots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaregiverId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    End = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Start = table.Column<TimeOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaregiverWeeklySlots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaregiverWeeklySlots_Caregivers_CaregiverId",
                        column: x => x.CaregiverId,
                        principalTable: "Caregivers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaregiverTimeOff_CaregiverId",
                table: "CaregiverTimeOff",
                column: "CaregiverId");

            migrationBuilder.CreateIndex(
                name: "IX_CaregiverWeeklySlots_CaregiverId",
                table: "CaregiverWeeklySlots",
                column: "CaregiverId");

            migrationBuilder.Sql("""
                INSERT INTO "CaregiverWeeklySlots" ("CaregiverId", "Day", "End", "Start")
                SELECT c."Id", json_extract(s.value, '$.Day'), json_extract(s.value, '$.End'), json_extract(s.value, '$.Start')
                FROM "Caregivers" AS c, json_each(COALESCE(c."WeeklyAvailability", '[]')) AS s
                ORDER BY c."Id", s.key
                """);
            migrationBuilder.Sql("""
                INSERT INTO "CaregiverTimeOff" ("CaregiverId", "From", "To")
                SELECT c."Id", json_extract(t.value, '$.From'), json_extract(t.value, '$.To')
                FROM "Caregivers" AS c, json_each(COALESCE(c."TimeOff", '[]')) AS t
                ORDER BY c."Id", t.key
                """);

            migrationBuilder.DropColumn(
                name: "TimeOff",
                table: "Caregivers");

            migrationBuilder.DropColumn(
                name: "WeeklyAvailability",
                table: "Caregivers");
        }
    }
}
