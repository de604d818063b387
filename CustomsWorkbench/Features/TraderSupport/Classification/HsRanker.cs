using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary>One candidate of one training query: relevance 2 for the right subheading, 1 for its heading, else 0.</summary>
public sealed record RankingExample(int Query, Candidate Candidate, float Relevance);

/// <summary>
/// The learned re-ranker: ML.NET FastTree LambdaMART over the retrieval features of each candidate, trained so that the
/// right subheading comes first and the right heading before the others. Its scores are turned into probabilities by
/// <see cref="ConfidenceCalibration"/>.
/// </summary>
public sealed class HsRanker
{
    private readonly MLContext ml;
    private readonly ITransformer model;
    private readonly DataViewSchema schema;
    private readonly PredictionEngine<Row, Output> engine;
    private readonly Lock gate = new();

    private HsRanker(MLContext ml, ITransformer model, DataViewSchema schema)
    {
        this.ml = ml;
        this.model = model;
        this.schema = schema;
        engine = ml.Model.CreatePredictionEngine<Row, Output>(model, schema);
    }

    public static HsRanker Train(IEnumerable<RankingExample> examples, int seed = 7)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new Row { Label = e.Relevance, GroupId = (uint)e.Query, Features = e.Candidate.Features }));
        var pipeline = ml.Transforms.Conversion.MapValueToKey(nameof(Row.GroupId))
            .Append(ml.Ranking.Trainers.FastTree(new FastTreeRankingTrainer.Options
            {
                LabelColumnName = nameof(Row.Label), FeatureColumnName = nameof(Row.Features), RowGroupColumnName = nameof(Row.GroupId),
                NumberOfTrees = 150, NumberOfLeaves = 16, MinimumExampleCountPerLeaf = 20, LearningRate = 0.1, NumberOfThreads = 1,
            }));
        return new HsRanker(ml, pipeline.Fit(data), data.Schema);
    }

    public static HsRanker Load(string path)
    {
        var ml = new MLContext(7);
        var model = ml.Model.Load(path, out var schema);
        return new HsRanker(ml, model, schema);
    }

    public void Save(string path) => ml.Model.Save(model, schema, path);

    public float[] Score(IReadOnlyList<Candidate> candidates)
    {
        var scores = new float[candidates.Count];
        lock (gate)
            for (var i = 0; i < candidates.Count; i++) scores[i] = engine.Predict(new Row { Features = candidates[i].Features }).Score;
        return scores;
    }

    private sealed class Row
    {
        public float Label { get; set; }
        public uint GroupId { get; set; }
        [VectorType(16)]
        public float[] Features { get; set; } = [];
    }

    private sealed class Output
    {
        public float Score { get; set; }
    }
}
