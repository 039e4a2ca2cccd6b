using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OutboxDeadLetters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DeadAt",
                table: "OutboxMessages",
                type: "timestamp with time zone",
                nullable: true);

            // Rows are routed by a stable name now, not the .NET type's full name: queued rows keep their handler.
            migrationBuilder.Sql("""UPDATE "OutboxMessages" SET "Type" = 'booking-event' WHERE "Type" = 'Marketplace.Application.Bookings.BookingEvent'""");
            migrationBuilder.Sql("""UPDATE "OutboxMessages" SET "Type" = 'caregiver-changed' WHERE "Type" = 'Marketplace.Application.Search.CaregiverChanged'""");
            migrationBuilder.Sql("""UPDATE "OutboxMessages" SET "Type" = 'listing-changed' WHERE "Type" = 'Marketplace.Application.Search.Services.ListingChanged'""");
            migrationBuilder.Sql("""UPDATE "OutboxMessages" SET "Type" = 'verification-decided' WHERE "Type" = 'Marketplace.Application.Notifications.VerificationDecided'""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""UPDATE "OutboxMessages" SET "Type" = 'Marketplace.Application.Bookings.BookingEvent' WHERE "Type" = 'booking-event'""");
            migrationBuilder.Sql("""UPDATE "OutboxMessages" SET "Type" = 'Marketplace.Application.Search.CaregiverChanged' WHERE "Type" = 'caregiver-changed'""");
            migrationBuilder.Sql("""UPDATE "OutboxMessages" SET "Type" = 'Marketplace.Application.Search.Services.ListingChanged' WHERE "Type" = 'listing-changed'""");
            migrationBuilder.Sql("""UPDATE "OutboxMessages" SET "Type" = 'Marketplace.Application.Notifications.VerificationDecided' WHERE "Type" = 'verification-decided'""");

            migrationBuilder.DropColumn(
                name: "DeadAt",
                table: "OutboxMessages");
        }
    }
}
