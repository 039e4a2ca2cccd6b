using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ConfirmExistingAddresses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every account made before sign-ups needed a confirmed address was usable, and must stay so: left
            // unconfirmed, it could no longer sign in, and a new sign-up of its address would replace it.
            migrationBuilder.Sql(@"UPDATE ""AspNetUsers"" SET ""EmailConfirmed"" = TRUE WHERE NOT ""EmailConfirmed"";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Which accounts were confirmed before is not kept; going back leaves them confirmed.
        }
    }
}
