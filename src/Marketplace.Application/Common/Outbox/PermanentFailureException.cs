namespace Marketplace.Application.Common.Outbox;

/// <summary>
/// A side effect that trying again cannot make work (an email address the provider refuses, content it rejects): the
/// outbox dispatcher makes its message a dead letter at once, for an admin to see, instead of retrying it.
/// </summary>
public sealed class PermanentFailureException : Exception
{
    public PermanentFailureException()
    {
    }

    public PermanentFailureException(string message)
        : base(message)
    {
    }

    public PermanentFailureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
