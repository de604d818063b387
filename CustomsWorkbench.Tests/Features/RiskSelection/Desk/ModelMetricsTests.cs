using CustomsWorkbench.Features.RiskSelection.Desk;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Desk;

public class ModelMetricsTests
{
    private const string Metrics = """
        {"strategies":[{"name":"model","k":1,"precision":0.62,"recall":0.11,"revenue":0.2},{"name":"model","k":5,"precision":0.41,"recall":0.37,"revenue":0.55},
                       {"name":"random","k":1,"precision":0.05,"recall":0.01,"revenue":0.01}],
         "auc":0.871,"rows":{"train":12000,"test":3000}}
        """;

    [Fact]
    public void Reads_the_models_rows_of_the_evaluation_table_by_k()
    {
        var rows = ModelMetrics.ModelRows(Metrics);
        Assert.Equal([1.0, 5.0], rows.Select(r => r.K));
        Assert.Equal(0.41, rows[1].Precision);
        Assert.Equal(3, ModelMetrics.Strategies(Metrics).Count);
    }

    [Fact]
    public void Flattens_other_metrics_generically_and_survives_bad_json()
    {
        var flat = ModelMetrics.Flatten(Metrics).ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal("0.871", flat["auc"]);
        Assert.Equal("3000", flat["rows.test"]);
        Assert.Equal("[3]", flat["strategies"]);
        Assert.Empty(ModelMetrics.Flatten("not json"));
        Assert.Empty(ModelMetrics.ModelRows(null));
    }

    [Fact]
    public void Feature_importance_reads_objects_and_arrays_largest_first()
    {
        Assert.Equal(["b", "a"], ModelMetrics.FeatureImportance("""{"a":0.1,"b":-0.5}""").Select(p => p.Key));
        Assert.Equal(["x"], ModelMetrics.FeatureImportance("""[{"name":"x","importance":0.3}]""").Select(p => p.Key));
    }

    [Fact]
    public void Importance_shares_are_percentages_of_the_total()
    {
        var shares = ModelMetrics.ImportanceShares("""{"a":1,"b":-3}""");
        Assert.Equal([("b", 75.0), ("a", 25.0)], shares.Select(p => (p.Key, p.Value)));
    }
}
