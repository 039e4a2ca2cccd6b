using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PeopleInCare : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_RecipientAccessLog_CareRecipient_RecipientId",
                table: "RecipientAccessLog");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ConsentWithdrawnAt",
                table: "CareRecipient",
                type: "datetimeoffset",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConsentWithdrawnAt",
                table: "CareRecipient");

            migrationBuilder.AddForeignKey(
                name: "FK_RecipientAccessLog_CareRecipient_RecipientId",
                table: "RecipientAccessLog",
                column: "RecipientId",
                principalTable: "CareRecipient",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
