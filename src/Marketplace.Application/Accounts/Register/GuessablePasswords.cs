namespace Marketplace.Application.Accounts.Register;

/// <summary>
/// Passwords an attacker tries first: common passwords (the top lists of leaked passwords), words, names, dates,
/// keyboard runs and repeats, and the person's own email and name, as Dropbox's zxcvbn estimator judges them
/// (OWASP ASVS 5.0 V6.2.4 asks at least the 3,000 most common to be refused). A password is refused when it
/// would be found within a million guesses (zxcvbn score 0 or 1); a phrase of a few words passes.
/// </summary>
public static class GuessablePasswords
{
    /// <summary>The lowest zxcvbn score accepted: 2, "somewhat guessable" (10^6 to 10^8 guesses).</summary>
    public const int LowestScore = 2;

    /// <summary>What a person is told when their password is refused as guessable.</summary>
    public const string Advice = "This password is too easy to guess (a common password, a word, a name or a run of keys); a phrase of three or four words is easier to remember and harder to guess.";

    public static bool IsGuessable(string password, params string[] personal) =>
        Zxcvbn.Zxcvbn.MatchPassword(password, personal.Where(p => !string.IsNullOrWhiteSpace(p))).Score < LowestScore;
}
