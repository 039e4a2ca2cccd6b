using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Outbox;

namespace Marketplace.Application.Notifications;

/// <summary>A verifier decided on an applicant (a caregiver or an enterprise); the applicant is told by email.</summary>
[OutboxMessage("verification-decided")]
public sealed record VerificationDecided(Guid ApplicantUserId, string ApplicantName, bool Verified, string? Reason);

public sealed class VerificationDecidedEmail(IIdentityService identity, INotificationSender sender) : IOutboxHandler<VerificationDecided>
{
    public async Task HandleAsync(VerificationDecided message, Guid messageId, CancellationToken cancellationToken)
    {
        var applicant = await identity.FindAsync(message.ApplicantUserId, cancellationToken);
        if (applicant is null)
        {
            // The account was deleted since the decision; there is nobody left to tell.
            return;
        }

        // Bahasa Indonesia first, English second, as on the site.
        var (subject, body) = message.Verified
            ? ($"{message.ApplicantName} sudah terverifikasi di Peduli",
                $"Halo {applicant.FullName},\n\n{message.ApplicantName} sudah diverifikasi. Keluarga sekarang dapat menemukan dan memesan layanan Anda.\n\n"
                + $"Hello {applicant.FullName},\n\n{message.ApplicantName} has been verified. Families can now find and book you.\n")
            : ($"Verifikasi {message.ApplicantName} belum dapat disetujui",
                $"Halo {applicant.FullName},\n\nVerifikasi {message.ApplicantName} ditolak dengan alasan:\n\n{message.Reason}\n\nPerbaiki lalu kirim ulang dari halaman akun Anda.\n\n"
                + $"Hello {applicant.FullName},\n\nThe verification of {message.ApplicantName} was refused, because:\n\n{message.Reason}\n\nFix it and send it again from your account page.\n");
        await sender.SendAsync(new Email(messageId, applicant.Email, subject, body, HtmlParagraphs.From(body), message.Verified ? "verification-approved" : "verification-refused"), cancellationToken);
    }
}
