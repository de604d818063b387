using CustomsWorkbench.Features.RiskSelection.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Features.RiskSelection.Desk;

/// <summary>
/// An index the desk adds to the shared queue table: the "all statuses" view orders a million rows by score, which the
/// status-led indexes cannot serve (measured in QueueQueryBenchmarks). Applied next to DeclarationTriageConfiguration.
/// </summary>
public class DeskIndexes : IEntityTypeConfiguration<DeclarationTriage>
{
    public void Configure(EntityTypeBuilder<DeclarationTriage> b) => b.HasIndex(x => x.Score);
}
