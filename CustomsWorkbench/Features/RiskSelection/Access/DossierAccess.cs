using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Features.RiskSelection.Access;

/// <summary>One person opening one declaration's dossier (repeated opens within <see cref="DossierAccessLog.Window"/> are one row).</summary>
public class DossierAccess
{
    public long Id { get; set; }
    public int DeclarationId { get; set; }
    public required string UserName { get; set; }
    public DateTime OpenedAtUtc { get; set; }
}

public class DossierAccessConfiguration : IEntityTypeConfiguration<DossierAccess>
{
    public void Configure(EntityTypeBuilder<DossierAccess> b)
    {
        // (declaration, user, time): the de-duplication probe and the supervisor's list; time alone: the retention prune.
        b.HasIndex(x => new { x.DeclarationId, x.UserName, x.OpenedAtUtc });
        b.HasIndex(x => x.OpenedAtUtc);
        b.Property(x => x.UserName).HasMaxLength(256);
    }
}
