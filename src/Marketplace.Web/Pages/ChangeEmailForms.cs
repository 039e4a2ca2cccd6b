using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Pages;

/// <summary>The change-of-address form: the new address and the current password; its rules are the use case's validator.</summary>
public sealed class ChangeEmailForm
{
    [Display(Name = "Field.NewEmail")]
    public string NewEmail { get; set; } = string.Empty;

    [DataType(DataType.Password)]
    [Display(Name = "Field.Password")]
    public string Password { get; set; } = string.Empty;

    /// <summary>The account's address now, shown above the form; read from the store, never from the form.</summary>
    [BindNever]
    public string CurrentEmail { get; set; } = string.Empty;
}

/// <summary>After asking for a change: the address the link went to (unless it has an account), the address kept until then, and how long the link works.</summary>
public sealed record EmailChangeSentPage(string NewEmail, string CurrentEmail, int LinkHours);

/// <summary>The form behind a change link: its account, new address and token, kept hidden.</summary>
public sealed class ChangeEmailLinkForm
{
    public Guid? User { get; set; }

    public string Email { get; set; } = string.Empty;

    public string Token { get; set; } = string.Empty;

    /// <summary>Whether the link can change the address; read from the store, never from the form.</summary>
    [BindNever]
    public bool Usable { get; set; }
}
