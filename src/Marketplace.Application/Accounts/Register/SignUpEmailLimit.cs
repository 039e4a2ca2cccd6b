namespace Marketplace.Application.Accounts.Register;

/// <summary>
/// At most <see cref="PerHour"/> sign-up emails an hour to one address, however many clients sign it up: anyone may
/// sign up any address, and each sign-up mails it. Past the limit the sign-up is answered as always (the answer must
/// not differ) and no email is sent. The other emails a stranger can have sent to an address are counted with them:
/// the note to an account whose address someone asked to move their own account to (counted for that account), and
/// the change-of-address links an account asks for (counted for the account that asks, since the address they go to
/// has none).
/// </summary>
public sealed class SignUpEmailLimit() : AccountEmailLimit(PerHour, TimeSpan.FromHours(1))
{
    public const int PerHour = 5;
}
