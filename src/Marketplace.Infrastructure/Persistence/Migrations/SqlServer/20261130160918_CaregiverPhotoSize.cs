using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CaregiverPhotoSize : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PhotoSizeBytes",
                table: "Caregivers",
                type: "bigint",
                nullable: true);

            // A photo stored before sizes were kept counts as 0 bytes towards the upload quota until it is replaced.
            migrationBuilder.Sql(@"UPDATE [Caregivers] SET [PhotoSizeBytes] = 0 WHERE [PhotoKey] IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PhotoSizeBytes",
                table: "Caregivers");
        }
    }
}
