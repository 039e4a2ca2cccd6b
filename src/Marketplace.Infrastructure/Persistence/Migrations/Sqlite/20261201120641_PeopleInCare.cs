using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Sqlite
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

            migrationBuilder.AddColumn<long>(
                name: "ConsentWithdrawnAt",
                table: "CareRecipient",
                type: "INTEGER",
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
