using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;

namespace Marketplace.Infrastructure.Persistence;

/// <summary>
/// The rules the database enforces itself, under any concurrency, and how their refusals reach the caller.
/// Each provider names a guard the same way (constraints on PostgreSQL, triggers or constraints on SQLite
/// and SQL Server), so one name check recognises them all.
/// </summary>
internal static class DatabaseGuards
{
    public const string CaregiverDoubleBooked = "caregiver_double_booked";
    public const string DaycareDayFull = "daycare_day_full";
    public const string ClinicSlotFull = "clinic_slot_full";
    public const string RecipientPlaceTaken = "recipient_place_taken";
    public const string LedgerPostedOnce = "ledger_posted_once";
    public const string CardEventOnce = "card_event_once";
    public const string SponsorBudgetSpent = "sponsor_budget_spent";
    public const string SponsorEligibleOnce = "sponsor_eligible_once";
    public const string PayoutBatchOpenOnce = "payout_batch_open_once";
    public const string UndeliverableAddressOnce = "undeliverable_address_once";
    public const string ReviewOnce = "review_once";
    public const string ComplaintOnce = "complaint_once";
    public const string CarePlanOnce = "care_plan_once";

    /// <summary>SQLite names the columns of a unique index that refused a row, not the index.</summary>
    private const string LedgerPostedOnceOnSqlite = "LedgerEntries.TransactionKey";
    private const string CardEventOnceOnSqlite = "CardEvents.Id";
    private const string SponsorEligibleOnceOnSqlite = "SponsorEligibilities.ProgrammeId";
    private const string PayoutBatchOpenOnceOnSqlite = "PayoutBatches.Status";
    private const string UndeliverableAddressOnceOnSqlite = "UndeliverableAddresses.Address";
    private const string ReviewOnceOnSqlite = "Reviews.BookingId";
    private const string ComplaintOnceOnSqlite = "Complaints.BookingId";
    private const string CarePlanOnceOnSqlite = "CarePlans.RecipientId";

    private const string UndeliverableReportedAlready = "Another request is marking this address at the same moment; send the events again.";

    private const string CardEventRecordedAlready = "This card event is being recorded by another request already.";

    private const string SponsorEligibleAlready = "This family was recorded as eligible at the same moment by another request.";

    private const string RecordedAlready = "This payment or charge is recorded already; look at the booking again.";

    private static readonly (string Guard, string Refusal)[] Refusals =
    [
        (CaregiverDoubleBooked, Booking.CaregiverAlreadyBooked),
        (DaycareDayFull, "The daycare is full on one of these days; choose other days."),
        (ClinicSlotFull, "This slot is full; choose another time."),
        (RecipientPlaceTaken, Booking.RecipientAlreadyPlaced),
        (LedgerPostedOnce, RecordedAlready),
        (LedgerPostedOnceOnSqlite, RecordedAlready),
        (CardEventOnce, CardEventRecordedAlready),
        (CardEventOnceOnSqlite, CardEventRecordedAlready),
        (SponsorEligibleOnce, SponsorEligibleAlready),
        (SponsorEligibleOnceOnSqlite, SponsorEligibleAlready),
        (PayoutBatchOpenOnce, Application.Payouts.Run.RunPayoutBatchHandler.OpenAlready),
        (PayoutBatchOpenOnceOnSqlite, Application.Payouts.Run.RunPayoutBatchHandler.OpenAlready),
        (UndeliverableAddressOnce, UndeliverableReportedAlready),
        (UndeliverableAddressOnceOnSqlite, UndeliverableReportedAlready),
        (ReviewOnce, Application.Reviews.Review.ReviewedAlready),
        (ReviewOnceOnSqlite, Application.Reviews.Review.ReviewedAlready),
        (ComplaintOnce, Application.Complaints.Complaint.FiledAlready),
        (ComplaintOnceOnSqlite, Application.Complaints.Complaint.FiledAlready),
        (CarePlanOnce, Application.CarePlans.CarePlan.WrittenMeanwhile),
        (CarePlanOnceOnSqlite, Application.CarePlans.CarePlan.WrittenMeanwhile),
        (SponsorBudgetSpent, "The sponsor programme's budget was taken by other bookings meanwhile; look at the booking again."),
    ];

    /// <summary>The business-rule refusal a failed write stands for, or null when it is an ordinary failure.</summary>
    public static BusinessRuleException? RefusalOf(Exception failure)
    {
        for (Exception? cause = failure; cause is not null; cause = cause.InnerException)
        {
            foreach (var (guard, refusal) in Refusals)
            {
                if (cause.Message.Contains(guard, StringComparison.Ordinal))
                {
                    return new BusinessRuleException(refusal);
                }
            }
        }

        return null;
    }
}
