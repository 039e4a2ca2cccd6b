namespace Marketplace.Application.Common.Ports;

/// <summary>Who is calling. Handlers use it for authorization; the web layer fills it from the sign-in.</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }

    bool IsInRole(string role);
}
