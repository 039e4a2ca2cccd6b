using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class HealthDataAccessLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Purpose",
                table: "RecipientAccessLog",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Record",
                table: "RecipientAccessLog",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "RecordId",
                table: "RecipientAccessLog",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Entries written before this migration were all views of a recipient's details; the care manager's
            // were told apart by a role of their own, now a purpose (their account's role is caregiver).
            migrationBuilder.Sql(
                """
                UPDATE "RecipientAccessLog" SET "Record" = 'RecipientDetails', "RecordId" = "RecipientId",
                    "Purpose" = CASE "ViewerRole" WHEN 'family' THEN 'OwnFamily' WHEN 'careManager' THEN 'CareManagerOversight' ELSE 'ProvidingCare' END
                """);
            migrationBuilder.Sql("""UPDATE "RecipientAccessLog" SET "ViewerRole" = 'caregiver' WHERE "ViewerRole" = 'careManager'""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The old log knew only views of a recipient's details.
            migrationBuilder.Sql("""DELETE FROM "RecipientAccessLog" WHERE "Record" = 'VisitLog'""");
            migrationBuilder.Sql("""UPDATE "RecipientAccessLog" SET "ViewerRole" = 'careManager' WHERE "Purpose" = 'CareManagerOversight'""");

            migrationBuilder.DropColumn(
                name: "Purpose",
                table: "RecipientAccessLog");

            migrationBuilder.DropColumn(
                name: "Record",
                table: "RecipientAccessLog");

            migrationBuilder.DropColumn(
                name: "RecordId",
                table: "RecipientAccessLog");
        }
    }
}
