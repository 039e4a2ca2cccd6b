using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SponsorFamilyCommission : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "SponsorFamilyCommissionIdr",
                table: "Bookings",
                type: "bigint",
                nullable: true);

            // The commission the family's share carried so far is what the ledger charged the family towards the commission.
            migrationBuilder.Sql("""
                UPDATE "Bookings" SET "SponsorFamilyCommissionIdr" = COALESCE((
                    SELECT SUM(e."AmountIdr") FROM "LedgerEntries" e
                    WHERE e."BookingId" = "Bookings"."Id" AND e."CreditAccount" = 'platform:commission' AND e."DebitAccount" LIKE 'family:%'), 0)
                WHERE "SponsorProgrammeId" IS NOT NULL
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SponsorFamilyCommissionIdr",
                table: "Bookings");
        }
    }
}
