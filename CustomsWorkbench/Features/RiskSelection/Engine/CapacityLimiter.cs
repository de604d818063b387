using CustomsWorkbench.Features.RiskSelection.Model;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>What is left of one office's daily capacity when arrivals are planned (a supervisor's capacity minus today's selections).</summary>
public sealed record CapacityLeft(int Red, int Yellow);

/// <summary>
/// Holds arrivals to the offices' capacity set by supervisors. Rule hits and random exploration keep their channel (a rule
/// is an order; exploration keeps the labels unbiased) but use up capacity; model picks are taken highest score first,
/// and a model red with no red slot left becomes yellow if one is left, else green, both marked
/// <see cref="SelectionReason.BelowCapacity"/> so the queue and dossier can say the office was full.
/// </summary>
public static class CapacityLimiter
{
    public static PlannedSelection[] Apply(IReadOnlyList<PlanCandidate> candidates, PlannedSelection[] plan, Func<DateOnly, int, CapacityLeft?> capacityOf)
    {
        var result = (PlannedSelection[])plan.Clone();
        foreach (var group in SelectionPlanner.GroupIndexes(candidates))
        {
            var first = candidates[group[0]].Record;
            if (capacityOf(first.Date, first.OfficeId) is not { } left) continue;
            var red = left.Red;
            var yellow = left.Yellow;
            foreach (var i in group.Where(i => plan[i].Reason != SelectionReason.Model))
            {
                if (plan[i].Channel == Channel.Red) red--;
                else if (plan[i].Channel == Channel.Yellow) yellow--;
            }
            var picks = group.Where(i => plan[i].Reason == SelectionReason.Model && plan[i].Channel != Channel.Green)
                .OrderByDescending(i => candidates[i].Score).ThenBy(i => candidates[i].Record.Id);
            foreach (var i in picks)
            {
                if (plan[i].Channel == Channel.Red && red > 0) red--;
                else if (yellow > 0)
                {
                    yellow--;
                    if (plan[i].Channel == Channel.Red) result[i] = new PlannedSelection(Channel.Yellow, SelectionReason.BelowCapacity, []);
                }
                else result[i] = new PlannedSelection(Channel.Green, SelectionReason.BelowCapacity, []);
            }
        }
        return result;
    }
}
