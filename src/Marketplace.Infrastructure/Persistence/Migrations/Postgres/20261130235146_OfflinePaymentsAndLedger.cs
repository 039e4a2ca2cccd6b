using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OfflinePaymentsAndLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PaymentAmountIdr",
                table: "Bookings",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PaymentCreatedAt",
                table: "Bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PaymentFamilyShareIdr",
                table: "Bookings",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PaymentId",
                table: "Bookings",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PaymentLastReceivedAt",
                table: "Bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaymentProvider",
                table: "Bookings",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PaymentReceivedIdr",
                table: "Bookings",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PaymentSponsorShareIdr",
                table: "Bookings",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaymentStatus",
                table: "Bookings",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LedgerEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TransactionKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Leg = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    BookingId = table.Column<Guid>(type: "uuid", nullable: true),
                    DebitAccount = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    CreditAccount = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    AmountIdr = table.Column<long>(type: "bigint", nullable: false),
                    PostedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerEntries", x => x.Id);
                    table.CheckConstraint("ledger_accounts_differ", "\"DebitAccount\" <> \"CreditAccount\"");
                    table.CheckConstraint("ledger_amount_positive", "\"AmountIdr\" > 0");
                });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_BookingId",
                table: "LedgerEntries",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_CreditAccount_PostedAt",
                table: "LedgerEntries",
                columns: new[] { "CreditAccount", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_DebitAccount_PostedAt",
                table: "LedgerEntries",
                columns: new[] { "DebitAccount", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "ledger_posted_once",
                table: "LedgerEntries",
                columns: new[] { "TransactionKey", "Leg" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LedgerEntries");

            migrationBuilder.DropColumn(
                name: "PaymentAmountIdr",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "PaymentCreatedAt",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "PaymentFamilyShareIdr",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "PaymentId",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "PaymentLastReceivedAt",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "PaymentProvider",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "PaymentReceivedIdr",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "PaymentSponsorShareIdr",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "PaymentStatus",
                table: "Bookings");
        }
    }
}
