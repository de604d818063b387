using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Platform.Demo.World;

/// <summary>
/// One DemoGroundTruth row per planted case, inspected or not. TrueValue: undervaluation → the true CIF; misclassification
/// and false origin → the duty + VAT really due; concealment → the estimated value of the hidden goods; split shipment →
/// the order's total in USD; offender and new-importer rows → their fraud probability.
/// </summary>
public static class GroundTruthBuilder
{
    public static List<DemoGroundTruth> Build(
        IReadOnlyList<ImporterProfile> importers, IReadOnlyList<DeclarantProfile> brokers,
        IReadOnlyList<GeneratedDeclaration> declarations, IReadOnlyList<ParcelAbuse> parcelAbuses)
    {
        var rows = new List<DemoGroundTruth>();
        foreach (var i in importers.Where(i => i.Risk != TraderRisk.Normal))
        {
            var pattern = i.Risk == TraderRisk.RepeatOffender ? FraudPattern.RepeatOffenderImporter : FraudPattern.NewlyCreatedImporter;
            var detail = i.Risk == TraderRisk.RepeatOffender
                ? $"Repeat offender: cheats on about {i.FraudRate:P0} of declarations"
                : $"Established {i.Entity.EstablishedOn:yyyy-MM-dd}, first active {i.ActiveFrom:yyyy-MM-dd}; cheats on about {i.FraudRate:P0}";
            rows.Add(Row("Importer", i.Entity.Id, pattern, detail, Math.Round(i.FraudRate, 3)));
        }
        foreach (var b in brokers.Where(b => b.RepeatOffender))
        {
            rows.Add(Row("Declarant", b.Entity.Id, FraudPattern.RepeatOffenderBroker, $"Adds about {b.FraudBoost:P0} to clients' fraud rate", Math.Round(b.FraudBoost, 3)));
        }
        foreach (var g in declarations.Where(g => g.Fraudulent))
        {
            var plan = g.Plan;
            var (detail, trueValue) = plan.Pattern switch
            {
                FraudPattern.Undervaluation => ($"Declared at {plan.ValueFactor:P0} of the true value", g.TrueCif),
                FraudPattern.Misclassification => ($"True code {plan.TrueMainTariff.Code}, declared {plan.DeclaredMainTariff.Code}: {plan.Pair!.Note}", g.TrueTaxes),
                FraudPattern.FalseOrigin => ($"True origin {plan.TrueOrigin}, declared {plan.DeclaredOrigin} to claim the FTA rate", g.TrueTaxes),
                _ => ($"Hidden: {g.Hidden!.Description} ({g.Hidden.Category})", g.Hidden.EstimatedValue),
            };
            rows.Add(Row("Declaration", g.Entity.Id, plan.Pattern!.Value, detail, trueValue));
        }
        rows.AddRange(parcelAbuses.Select(a => Row("Parcel", a.Parcel.Id, a.Pattern, a.Detail, a.TrueValue)));
        return rows;
    }

    private static DemoGroundTruth Row(string type, int id, FraudPattern pattern, string detail, double? trueValue) =>
        new() { EntityType = type, EntityId = id, Pattern = pattern, Detail = detail, TrueValue = trueValue };
}
