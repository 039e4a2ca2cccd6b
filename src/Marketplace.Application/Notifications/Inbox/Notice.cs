using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Notifications.Inbox;

/// <summary>
/// What an email told a person, kept in the app so they see it without working email: its subject as
/// <see cref="Title"/>, its plain text as <see cref="Text"/>. Its id is the email's, so an email sent twice is kept once.
/// </summary>
public sealed class Notice
{
    public const int TitleMaxLength = 300;
    public const int TextMaxLength = 4000;

    public Notice(Guid id, Guid userId, string title, string text, DateTimeOffset createdAt)
    {
        Id = id;
        UserId = userId;
        Title = title.Length > TitleMaxLength ? title[..TitleMaxLength] : title;
        Text = text.Length > TextMaxLength ? text[..TextMaxLength] : text;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string Title { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the person marked it read; null while it is new to them.</summary>
    public DateTimeOffset? ReadAt { get; private set; }
}
