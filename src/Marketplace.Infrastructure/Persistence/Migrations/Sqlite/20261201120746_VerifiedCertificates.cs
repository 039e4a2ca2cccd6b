using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VerifiedCertificates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Verified",
                table: "CaregiverCertificates",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Certificates were not marked before: those with a document, of a caregiver verified now, were in front of the
            // verifier who verified them (a certificate documented since is counted too: which ones came later is not kept).
            migrationBuilder.Sql(@"UPDATE ""CaregiverCertificates"" SET ""Verified"" = 1 WHERE ""DocumentKey"" IS NOT NULL
                AND ""CaregiverId"" IN (SELECT ""Id"" FROM ""Caregivers"" WHERE ""Verification"" = 'Verified');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Verified",
                table: "CaregiverCertificates");
        }
    }
}
