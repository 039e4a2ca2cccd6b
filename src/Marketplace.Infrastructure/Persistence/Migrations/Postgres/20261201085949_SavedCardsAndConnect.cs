using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Postgres
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
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PaymentAuthorisationAskedAt",
                table: "Bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaymentPayeeAccountId",
                table: "Bookings",
                type: "character varying(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaymentSavedCustomerId",
                table: "Bookings",
                type: "character varying(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaymentSavedMethodId",
                table: "Bookings",
                type: "character varying(255)",
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
