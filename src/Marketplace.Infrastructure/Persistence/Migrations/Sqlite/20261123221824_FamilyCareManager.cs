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
            // The foreign key comes with its column: SQLite cannot add one to a table, so AddForeignKey would have EF
            // rebuild Families, outside the transaction and with foreign keys off, warning at every fresh start.
            migrationBuilder.Sql("""
                ALTER TABLE "Families" ADD COLUMN "CareManagerId" TEXT NULL
                    CONSTRAINT "FK_Families_Caregivers_CareManagerId" REFERENCES "Caregivers" ("Id") ON DELETE SET NULL;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Families_CareManagerId",
                table: "Families",
                column: "CareManagerId");
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
