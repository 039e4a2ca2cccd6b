using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SavedCardsAndConnect : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ConnectedAccountId",
                table: "PayoutAccounts",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PaymentAuthorisationAskedAt",
                table: "Bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaymentPayeeAccountId",
                table: "Bookings",
                type: "TEXT",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaymentSavedCustomerId",
                table: "Bookings",
                type: "TEXT",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaymentSavedMethodId",
                table: "Bookings",
                type: "TEXT",
                maxLength: 255,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConnectedAccountId",
                table: "PayoutAccounts");

            migrationBuilder.DropColumn(
                name: "PaymentAuthorisationAskedAt",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "PaymentPayeeAccountId",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "PaymentSavedCustomerId",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "PaymentSavedMethodId",
                table: "Bookings");
        }
    }
}
