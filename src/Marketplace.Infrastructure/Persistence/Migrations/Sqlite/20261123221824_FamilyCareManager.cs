using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FamilyCareManager : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CareManagerId",
                table: "Families",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Families_CareManagerId",
                table: "Families",
                column: "CareManagerId");

            migrationBuilder.AddForeignKey(
                name: "FK_Families_Caregivers_CareManagerId",
                table: "Families",
                column: "CareManagerId",
                principalTable: "Caregivers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Families_Caregivers_CareManagerId",
                table: "Families");

            migrationBuilder.DropIndex(
                name: "IX_Families_CareManagerId",
                table: "Families");

            migrationBuilder.DropColumn(
                name: "CareManagerId",
                table: "Families");
        }
    }
}
