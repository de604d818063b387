using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Platform.Demo.World;

public enum TraderRisk { Normal, RepeatOffender, NewlyCreated }

/// <summary>An importer plus the hidden traits that drive its declarations (never stored except as ground truth).</summary>
public sealed class ImporterProfile
{
    public required Importer Entity { get; init; }
    public required TraderRisk Risk { get; init; }
    /// <summary>Probability that one of its declarations is fraudulent, before the broker's influence.</summary>
    public required double FraudRate { get; init; }
    public required double Activity { get; init; }
    public required DateOnly ActiveFrom { get; init; }
    public required IReadOnlyList<string> Categories { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<SupplierProfile>> SuppliersByCategory { get; init; }
    public required DeclarantProfile PrimaryBroker { get; init; }
}

public sealed class SupplierProfile
{
    public required Supplier Entity { get; init; }
    public required string Category { get; init; }
    /// <summary>A trading house (Hong Kong, Singapore, ...) selling goods made elsewhere: origin differs from its country.</summary>
    public bool Intermediary { get; init; }
}

public sealed class DeclarantProfile
{
    public required Declarant Entity { get; init; }
    public required bool RepeatOffender { get; init; }
    /// <summary>Added to an importer's fraud probability when this broker files.</summary>
    public required double FraudBoost { get; init; }
    public required double Activity { get; init; }
}
