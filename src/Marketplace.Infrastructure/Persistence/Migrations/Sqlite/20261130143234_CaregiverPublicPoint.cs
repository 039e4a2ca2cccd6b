using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaregiverPublicPoint : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "PublicLatitude",
                table: "Caregivers",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "PublicLongitude",
                table: "Caregivers",
                type: "REAL",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PublicLatitude",
                table: "Caregivers");

            migrationBuilder.DropColumn(
                name: "PublicLongitude",
                table: "Caregivers");
        }
    }
}
