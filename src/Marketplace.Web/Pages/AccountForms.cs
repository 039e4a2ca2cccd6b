using System.ComponentModel.DataAnnotations;
using Marketplace.Application.Accounts;
using Marketplace.Application.SharedKernel;
using Marketplace.Web.Requests;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Pages;

// Display names and messages are resource keys, translated by the data-annotations localizer.
public sealed class LoginForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [MaxLength(FieldLimits.EmailMaxLength, ErrorMessage = "Validation.MaxLength")]
    [StorableText]
    [Display(Name = "Field.Email")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [MaxLength(FieldLimits.PasswordMaxLength, ErrorMessage = "Validation.MaxLength")]
    [StorableText]
    [DataType(DataType.Password)]
    [Display(Name = "Field.Password")]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "Field.RememberMe")]
    public bool RememberMe { get; set; }

    [StorableText]
    [MaxLength(2048, ErrorMessage = "Validation.MaxLength")]
    public string? ReturnUrl { get; set; }
}

/// <summary>The sign-up form; its rules are the use case's validator, so they are written once.</summary>
public sealed class RegisterForm
{
    [Display(Name = "Field.FullName")]
    public string FullName { get; set; } = string.Empty;

    [Display(Name = "Field.Email")]
    public string Email { get; set; } = string.Empty;

    [Display(Name = "Field.Phone")]
    public string? Phone { get; set; }

    [DataType(DataType.Password)]
    [Display(Name = "Field.Password")]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "Field.Role")]
    public string? Role { get; set; }
}

/// <summary>The "check your email" page: the address signed up (null when the page is opened again later) and how long the link works.</summary>
public sealed record CheckEmailPage(string? Email, int LinkHours);

/// <summary>The form behind a confirmation link: the link's account and token, and the password chosen at sign-up.</summary>
public sealed class ConfirmEmailForm
{
    [Required(ErrorMessage = "Validation.Required")]
    public Guid? User { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [MaxLength(2048, ErrorMessage = "Validation.MaxLength")]
    [StorableText]
    public string Token { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [MaxLength(FieldLimits.PasswordMaxLength, ErrorMessage = "Validation.MaxLength")]
    [StorableText]
    [DataType(DataType.Password)]
    [Display(Name = "Field.Password")]
    public string Password { get; set; } = string.Empty;

    /// <summary>What the link can still do; read from the store, never from the form.</summary>
    [BindNever]
    public ConfirmationLink Link { get; set; }

    /// <summary>The address the link confirms, shown once the link's token is known to be right; never from the form.</summary>
    [BindNever]
    public string? Email { get; set; }
}

/// <summary>The forgotten-password form: the account's address; its rules are the use case's validator.</summary>
public sealed class ForgotPasswordForm
{
    [Display(Name = "Field.Email")]
    public string Email { get; set; } = string.Empty;
}

/// <summary>The form behind a reset link: the link's address and token, kept hidden, and the new password.</summary>
public sealed class ResetPasswordForm
{
    public string Email { get; set; } = string.Empty;

    [Display(Name = "Field.Token")]
    public string Token { get; set; } = string.Empty;

    [DataType(DataType.Password)]
    [Display(Name = "Field.NewPassword")]
    public string NewPassword { get; set; } = string.Empty;
}
