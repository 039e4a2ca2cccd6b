using System.ComponentModel.DataAnnotations;
using Marketplace.Application.Complaints;

namespace Marketplace.Web.Complaints;

// Display names are resource keys, translated by the data-annotations localizer.
public sealed class ComplaintForm
{
    [Display(Name = "Field.Category")]
    public ComplaintCategory? Category { get; set; }

    [Display(Name = "Field.Description")]
    public string? Description { get; set; }
}

public sealed class ResolutionForm
{
    [Display(Name = "Field.Outcome")]
    public ComplaintOutcome? Outcome { get; set; }

    [Display(Name = "Field.Resolution")]
    public string? Resolution { get; set; }

    [Display(Name = "Field.SuspendProvider")]
    public bool SuspendProvider { get; set; }

    [Display(Name = "Field.SuspensionReason")]
    public string? SuspensionReason { get; set; }
}

/// <summary>The family's complaint page: the booking's complaint (or the form to file one).</summary>
public sealed record ComplaintPage(Guid BookingId, Application.Complaints.View.BookingComplaint Booking, ComplaintForm Form);

/// <summary>An admin's page of one complaint: the case and the resolution form.</summary>
public sealed record ComplaintCasePage(Application.Complaints.View.ComplaintCase Case, ResolutionForm Form);
