using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CertificatesAvailabilityListingsAffiliations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Description",
                table: "Enterprises",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RejectionReason",
                table: "Enterprises",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "EnterpriseId",
                table: "Caregivers",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsCareManager",
                table: "Caregivers",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "TimeZone",
                table: "Caregivers",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "Affiliations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaregiverId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    InvitedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Affiliations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Affiliations_Caregivers_CaregiverId",
                        column: x => x.CaregiverId,
                        principalTable: "Caregivers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Affiliations_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaregiverCertificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Number = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Issuer = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CaregiverId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DocumentContentType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    DocumentSizeBytes = table.Column<long>(type: "bigint", nullable: true),
                    DocumentKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    DocumentUploadedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaregiverCertificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaregiverCertificates_Caregivers_CaregiverId",
                        column: x => x.CaregiverId,
                        principalTable: "Caregivers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaregiverTimeOff",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    From = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    To = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CaregiverId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaregiverTimeOff", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaregiverTimeOff_Caregivers_CaregiverId",
                        column: x => x.CaregiverId,
                        principalTable: "Caregivers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaregiverWeeklySlots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Day = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Start = table.Column<TimeOnly>(type: "time", nullable: false),
                    End = table.Column<TimeOnly>(type: "time", nullable: false),
                    CaregiverId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaregiverWeeklySlots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaregiverWeeklySlots_Caregivers_CaregiverId",
                        column: x => x.CaregiverId,
                        principalTable: "Caregivers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Listings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    AreaCode = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    TimeZone = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    LateCancellationPercent = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Listings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Listings_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecipientAccessLog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecipientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ViewerUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ViewerRole = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ViewedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecipientAccessLog", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecipientAccessLog_CareRecipient_RecipientId",
                        column: x => x.RecipientId,
                        principalTable: "CareRecipient",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClinicStops",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlaceName = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Start = table.Column<TimeOnly>(type: "time", nullable: false),
                    End = table.Column<TimeOnly>(type: "time", nullable: false),
                    SlotMinutes = table.Column<int>(type: "int", nullable: false),
                    CapacityPerSlot = table.Column<int>(type: "int", nullable: false),
                    ListingId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Latitude = table.Column<double>(type: "float", nullable: false),
                    Longitude = table.Column<double>(type: "float", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClinicStops", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClinicStops_Listings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "Listings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DaycareListings",
                columns: table => new
                {
                    ListingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AddressLine = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OpeningDays = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Opens = table.Column<TimeOnly>(type: "time", nullable: false),
                    Closes = table.Column<TimeOnly>(type: "time", nullable: false),
                    PlacesPerDay = table.Column<int>(type: "int", nullable: false),
                    MinAgeYears = table.Column<int>(type: "int", nullable: false),
                    MaxAgeYears = table.Column<int>(type: "int", nullable: false),
                    SupportedNeeds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AccessibilityFeatures = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PricePerDayIdr = table.Column<long>(type: "bigint", nullable: false),
                    Latitude = table.Column<double>(type: "float", nullable: false),
                    Longitude = table.Column<double>(type: "float", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DaycareListings", x => x.ListingId);
                    table.ForeignKey(
                        name: "FK_DaycareListings_Listings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "Listings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MobileClinicListings",
                columns: table => new
                {
                    ListingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Services = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PricePerVisitIdr = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MobileClinicListings", x => x.ListingId);
                    table.ForeignKey(
                        name: "FK_MobileClinicListings_Listings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "Listings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClinicSlots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Capacity = table.Column<int>(type: "int", nullable: false),
                    StopId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClinicSlots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClinicSlots_ClinicStops_StopId",
                        column: x => x.StopId,
                        principalTable: "ClinicStops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Caregivers_EnterpriseId",
                table: "Caregivers",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Affiliations_CaregiverId",
                table: "Affiliations",
                column: "CaregiverId");

            migrationBuilder.CreateIndex(
                name: "IX_Affiliations_EnterpriseId_CaregiverId",
                table: "Affiliations",
                columns: new[] { "EnterpriseId", "CaregiverId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaregiverCertificates_CaregiverId",
                table: "CaregiverCertificates",
                column: "CaregiverId");

            migrationBuilder.CreateIndex(
                name: "IX_CaregiverTimeOff_CaregiverId",
                table: "CaregiverTimeOff",
                column: "CaregiverId");

            migrationBuilder.CreateIndex(
                name: "IX_CaregiverWeeklySlots_CaregiverId",
                table: "CaregiverWeeklySlots",
                column: "CaregiverId");

            migrationBuilder.CreateIndex(
                name: "IX_ClinicSlots_StartsAt",
                table: "ClinicSlots",
                column: "StartsAt");

            migrationBuilder.CreateIndex(
                name: "IX_ClinicSlots_StopId",
                table: "ClinicSlots",
                column: "StopId");

            migrationBuilder.CreateIndex(
                name: "IX_ClinicStops_ListingId",
                table: "ClinicStops",
                column: "ListingId");

            migrationBuilder.CreateIndex(
                name: "IX_Listings_EnterpriseId_Status",
                table: "Listings",
                columns: new[] { "EnterpriseId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_RecipientAccessLog_RecipientId_ViewedAt",
                table: "RecipientAccessLog",
                columns: new[] { "RecipientId", "ViewedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Affiliations");

            migrationBuilder.DropTable(
                name: "CaregiverCertificates");

            migrationBuilder.DropTable(
                name: "CaregiverTimeOff");

            migrationBuilder.DropTable(
                name: "CaregiverWeeklySlots");

            migrationBuilder.DropTable(
                name: "ClinicSlots");

            migrationBuilder.DropTable(
                name: "DaycareListings");

            migrationBuilder.DropTable(
                name: "MobileClinicListings");

            migrationBuilder.DropTable(
                name: "RecipientAccessLog");

            migrationBuilder.DropTable(
                name: "ClinicStops");

            migrationBuilder.DropTable(
                name: "Listings");

            migrationBuilder.DropIndex(
                name: "IX_Caregivers_EnterpriseId",
                table: "Caregivers");

            migrationBuilder.DropColumn(
                name: "Description",
                table: "Enterprises");

            migrationBuilder.DropColumn(
                name: "RejectionReason",
                table: "Enterprises");

            migrationBuilder.DropColumn(
                name: "EnterpriseId",
                table: "Caregivers");

            migrationBuilder.DropColumn(
                name: "IsCareManager",
                table: "Caregivers");

            migrationBuilder.DropColumn(
                name: "TimeZone",
                table: "Caregivers");
        }
    }
}
