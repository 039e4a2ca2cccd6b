using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CardPayments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PaymentCheckoutUrl",
                table: "Bookings",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PaymentDisputedAt",
                table: "Bookings",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaymentProcessorId",
                table: "Bookings",
                type: "nvarchar(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PaymentRefundedIdr",
                table: "Bookings",
                type: "bigint",
                nullable: true);

            // Payments recorded before card refunds existed have refunded nothing.
            migrationBuilder.Sql("UPDATE [Bookings] SET [PaymentRefundedIdr] = 0 WHERE [PaymentId] IS NOT NULL");

            migrationBuilder.CreateTable(
                name: "CardEvents",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ProcessorPaymentId = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("card_event_once", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_PaymentProcessorId",
                table: "Bookings",
                column: "PaymentProcessorId",
                unique: true,
                filter: "[PaymentProcessorId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CardEvents_ProcessorPaymentId",
                table: "CardEvents",
                column: "ProcessorPaymentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CardEvents");

            migrationBuilder.DropIndex(
                name: "IX_Bookings_PaymentProcessorId",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "PaymentCheckoutUrl",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "PaymentDisputedAt",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "PaymentProcessorId",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "PaymentRefundedIdr",
                table: "Bookings");
        }
    }
}
