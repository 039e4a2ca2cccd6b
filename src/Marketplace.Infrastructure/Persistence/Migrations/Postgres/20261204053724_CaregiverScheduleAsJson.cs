using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Postgres
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
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WeeklyAvailability",
                table: "Caregivers",
                type: "jsonb",
                nullable: true);

            // Each caregiver's rows become the JSON arrays EF Core now reads, in the order they were written; instants in UTC
            // (+00:00), as EF Core writes them, whatever the server's time zone.
            migrationBuilder.Sql("""
                SET LOCAL TimeZone = 'UTC';
                UPDATE "Caregivers" AS c SET
                    "WeeklyAvailability" = COALESCE((SELECT jsonb_agg(jsonb_build_object('Day', s."Day", 'End', s."End", 'Start', s."Start") ORDER BY s."Id")
                        FROM "CaregiverWeeklySlots" AS s WHERE s."CaregiverId" = c."Id"), '[]'::jsonb),
                    "TimeOff" = COALESCE((SELECT jsonb_agg(jsonb_build_object('From', t."From", 'To', t."To") ORDER BY t."Id")
                        FROM "CaregiverTimeOff" AS t WHERE t."CaregiverId" = c."Id"), '[]'::jsonb)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaregiverId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    To = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaregiverId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    End = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Start = table.Column<TimeOnly>(type: "time without time zone", nullable: false)
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
                SELECT c."Id", s.value->>'Day', (s.value->>'End')::time, (s.value->>'Start')::time
                FROM "Caregivers" AS c, jsonb_array_elements(COALESCE(c."WeeklyAvailability", '[]'::jsonb)) WITH ORDINALITY AS s(value, position)
                ORDER BY c."Id", s.position
                """);
            migrationBuilder.Sql("""
                INSERT INTO "CaregiverTimeOff" ("CaregiverId", "From", "To")
                SELECT c."Id", (t.value->>'From')::timestamptz, (t.value->>'To')::timestamptz
                FROM "Caregivers" AS c, jsonb_array_elements(COALESCE(c."TimeOff", '[]'::jsonb)) WITH ORDINALITY AS t(value, position)
                ORDER BY c."Id", t.position
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
