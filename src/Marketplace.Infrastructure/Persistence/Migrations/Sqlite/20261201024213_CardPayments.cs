using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PaymentDisputedAt",
                table: "Bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaymentProcessorId",
                table: "Bookings",
                type: "TEXT",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PaymentRefundedIdr",
                table: "Bookings",
                type: "INTEGER",
                nullable: true);

            // Payments recorded before card refunds existed have refunded nothing.
            migrationBuilder.Sql("UPDATE \"Bookings\" SET \"PaymentRefundedIdr\" = 0 WHERE \"PaymentId\" IS NOT NULL");

            migrationBuilder.CreateTable(
                name: "CardEvents",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProcessorPaymentId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("card_event_once", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_PaymentProcessorId",
                table: "Bookings",
                column: "PaymentProcessorId",
                unique: true);

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
