using FluentValidation;
using Marketplace.Application.Common.Behaviors;
using Mediator;

namespace Marketplace.Application.UnitTests.Common;

public sealed class ValidationBehaviorTests
{
    [Fact]
    public async Task EachFailure_IsReportedOnce_WhateverTheNumberOfValidators()
    {
        var behavior = new ValidationBehavior<Rename, string>([new NameValidator(), new NameValidator(), new LengthValidator()]);

        var refused = await Assert.ThrowsAsync<ValidationException>(
            async () => await behavior.Handle(new Rename(string.Empty), (_, _) => ValueTask.FromResult("renamed"), CancellationToken.None));

        Assert.Equal(["empty", "empty", "short"], refused.Errors.Select(e => e.ErrorMessage).Order());
    }

    [Fact]
    public async Task AValidMessage_ReachesItsHandler()
    {
        var behavior = new ValidationBehavior<Rename, string>([new NameValidator(), new LengthValidator()]);

        Assert.Equal("renamed", await behavior.Handle(new Rename("Sitti"), (_, _) => ValueTask.FromResult("renamed"), CancellationToken.None));
    }

    public sealed record Rename(string Name) : ICommand<string>;

    private sealed class NameValidator : AbstractValidator<Rename>
    {
        public NameValidator() => RuleFor(r => r.Name).NotEmpty().WithMessage("empty");
    }

    private sealed class LengthValidator : AbstractValidator<Rename>
    {
        public LengthValidator() => RuleFor(r => r.Name).MinimumLength(2).WithMessage("short");
    }
}
