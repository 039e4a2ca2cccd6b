namespace Marketplace.Application.Families;

public interface IFamilyRepository
{
    void Add(Family family);

    Task<Guid?> FindIdByUserAsync(Guid userId, CancellationToken cancellationToken);
}
