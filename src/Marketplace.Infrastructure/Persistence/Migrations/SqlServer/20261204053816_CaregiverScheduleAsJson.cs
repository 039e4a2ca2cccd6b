using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.SqlServer
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
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WeeklyAvailability",
                table: "Caregivers",
                type: "nvarchar(max)",
                nullable: true);

            // Each caregiver's rows become the JSON arrays EF Core now reads, in the order they were written.
            migrationBuilder.Sql("""
                UPDATE c SET
                    [WeeklyAvailability] = COALESCE((SELECT s.[Day], s.[End], s.[Start] FROM [CaregiverWeeklySlots] AS s
                        WHERE s.[CaregiverId] = c.[Id] ORDER BY s.[Id] FOR JSON PATH), N'[]'),
                    [TimeOff] = COALESCE((SELECT t.[From], t.[To] FROM [CaregiverTimeOff] AS t
                        WHERE t.[CaregiverId] = c.[Id] ORDER BY t.[Id] FOR JSON PATH), N'[]')
                FROM [Caregivers] AS c
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaregiverId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    From = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    To = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaregiverId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Day = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    End = table.Column<TimeOnly>(type: "time", nullable: false),
                    Start = table.Column<TimeOnly>(type: "time", nullable: false)
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
                INSERT INTO [CaregiverWeeklySlots] ([CaregiverId], [Day], [End], [Start])
                SELECT c.[Id], s.[Day], s.[End], s.[Start]
                FROM [Caregivers] AS c
                CROSS APPLY OPENJSON(COALESCE(c.[WeeklyAvailability], N'[]')) AS j
                CROSS APPLY OPENJSON(j.[value]) WITH ([Day] nvarchar(10), [End] time, [Start] time) AS s
                ORDER BY c.[Id], CAST(j.[key] AS int)
                """);
            migrationBuilder.Sql("""
                INSERT INTO [CaregiverTimeOff] ([CaregiverId], [From], [To])
                SELECT c.[Id], t.[From], t.[To]
                FROM [Caregivers] AS c
                CROSS APPLY OPENJSON(COALESCE(c.[TimeOff], N'[]')) AS j
                CROSS APPLY OPENJSON(j.[value]) WITH ([From] datetimeoffset, [To] datetimeoffset) AS t
                ORDER BY c.[Id], CAST(j.[key] AS int)
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
