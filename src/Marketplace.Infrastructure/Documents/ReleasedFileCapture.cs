using Marketplace.Application.Caregivers;
using Marketplace.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Documents;

/// <summary>
/// Moves the files a caregiver released (a replaced photo or scan) into the outbox in the same save, so a file
/// is deleted only after the change that stopped referring to it has committed, and never for one that rolled back.
/// </summary>
internal sealed class ReleasedFileCapture(TimeProvider clock) : OutboxSaveCapture
{
    protected override void Capture(DbContext context)
    {
        var now = clock.GetUtcNow();
        foreach (var caregiver in context.ChangeTracker.Entries<Caregiver>().Select(e => e.Entity).Where(c => c.ReleasedFiles.Count > 0).ToList())
        {
            context.AddRange(caregiver.ReleasedFiles.Select(released => OutboxMessage.For(released, now)));
            caregiver.ClearReleasedFiles();
        }
    }
}
