using FluentValidation;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Caregivers.Certificates;

/// <summary>A caregiver lists a certificate; its scanned document is uploaded next.</summary>
public sealed record AddMyCertificate(string Title, string Number, string Issuer, DateOnly IssuedOn, DateOnly ExpiresOn)
    : ICommand<CertificateView>;

public sealed class AddMyCertificateHandler(ICurrentUser currentUser, ICaregiverRepository caregivers, TimeProvider clock)
    : ICommandHandler<AddMyCertificate, CertificateView>
{
    public async ValueTask<CertificateView> Handle(AddMyCertificate command, CancellationToken cancellationToken)
    {
        var caregiver = await caregivers.GetOwnAsync(currentUser, cancellationToken);
        var now = clock.GetUtcNow();
        var certificate = caregiver.AddCertificate(
            new CertificateDetails(command.Title.Trim(), command.Number.Trim(), command.Issuer.Trim(), command.IssuedOn, command.ExpiresOn),
            now);
        return CertificateView.Of(certificate, caregiver.Today(now));
    }
}

public sealed class AddMyCertificateValidator : AbstractValidator<AddMyCertificate>
{
    public AddMyCertificateValidator(TimeProvider clock)
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(FieldLimits.TitleMaxLength);
        RuleFor(c => c.Number).NotEmpty().MaximumLength(FieldLimits.CertificateNumberMaxLength);
        RuleFor(c => c.Issuer).NotEmpty().MaximumLength(FieldLimits.OrganisationNameMaxLength);

        // Tomorrow in UTC is today somewhere in Indonesia (WIT is UTC+9).
        RuleFor(c => c.IssuedOn).MustBePlausible()
            .Must(issued => issued <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1))
            .WithMessage("The issue date cannot be in the future.");
        RuleFor(c => c.ExpiresOn).MustBePlausible().GreaterThan(c => c.IssuedOn)
            .WithMessage("The expiry date must be after the issue date.");
    }
}
