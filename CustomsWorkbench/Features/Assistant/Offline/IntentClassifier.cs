using System.Text.RegularExpressions;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace CustomsWorkbench.Features.Assistant.Offline;

public sealed record IntentPrediction(string Intent, float Confidence);

/// <summary>
/// The classifier's settings. <see cref="Chosen"/> was picked on the validation split only (`evaluate assistant` reruns
/// the sweep): the held-out split plays no part in it.
/// </summary>
public sealed record IntentClassifierSettings(float L2, int WordNgrams, int CharNgrams, string Trainer = IntentClassifierSettings.Lbfgs, bool Cues = true)
{
    public const string Lbfgs = "lbfgs";
    public const string Sdca = "sdca";
    public static readonly IntentClassifierSettings Chosen = new(L2: 0.3f, WordNgrams: 2, CharNgrams: 3, Cues: true);

    /// <summary>The settings the validation sweep compares: L-BFGS with and without keyword cues (SDCA scored 5-22% on
    /// validation in every earlier sweep, so it is no longer swept; <see cref="Sdca"/> still trains when asked for).</summary>
    public static IReadOnlyList<IntentClassifierSettings> Sweep() =>
        [.. from cues in new[] { false, true } from l2 in new[] { 0.1f, 0.3f, 1f, 3f } from words in new[] { 1, 2 } from chars in new[] { 3, 4 }
            select new IntentClassifierSettings(l2, words, chars, Lbfgs, cues)];

    public override string ToString() => $"{Trainer} L2={L2:0.0#} words 1-{WordNgrams} chars 1-{CharNgrams}{(Cues ? " cues" : "")}";
}

/// <summary>
/// ML.NET intent classifier: word uni/bigrams plus character 1-4-grams (Korean words carry particles, so character grams
/// generalise where words do not) and keyword cue tokens (<see cref="IntentCues"/>) into an L-BFGS maximum entropy classifier. Codes, numbers and amounts are masked first so the model learns
/// the request, not the values. Trained at startup from the training and validation splits in data/assistant in a few seconds.
/// </summary>
public sealed partial class IntentClassifier
{
    private readonly MLContext ml;
    private readonly ITransformer model;
    private readonly DataViewSchema inputSchema;
    private readonly PredictionEngine<Utterance, Prediction> engine;
    private readonly string[] labels;
    private readonly bool cues;
    private readonly Lock gate = new();

    private IntentClassifier(MLContext ml, ITransformer model, DataViewSchema inputSchema, bool cues)
    {
        this.ml = ml;
        this.model = model;
        this.inputSchema = inputSchema;
        this.cues = cues;
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        model.GetOutputSchema(inputSchema)["Score"].GetSlotNames(ref names);
        labels = names.DenseValues().Select(n => n.ToString()).ToArray();
        engine = ml.Model.CreatePredictionEngine<Utterance, Prediction>(model, inputSchema);
    }

    /// <summary>Saves the trained pipeline; whether keyword cues are on is part of the file name's sidecar.</summary>
    public void Save(string path)
    {
        ml.Model.Save(model, inputSchema, path);
        File.WriteAllText(CuesPath(path), cues ? "cues" : "no-cues");
    }

    /// <summary>Loads a classifier saved by <see cref="Save"/>.</summary>
    public static IntentClassifier Load(string path)
    {
        var ml = new MLContext(7);
        var model = ml.Model.Load(path, out var schema);
        var cues = !File.Exists(CuesPath(path)) || File.ReadAllText(CuesPath(path)).Trim() == "cues";
        return new IntentClassifier(ml, model, schema, cues);
    }

    private static string CuesPath(string path) => Path.ChangeExtension(path, ".cues.txt");

    public static IntentClassifier Train(IEnumerable<(string Text, string Intent)> examples, IntentClassifierSettings? settings = null, int seed = 7)
    {
        settings ??= IntentClassifierSettings.Chosen;
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new Utterance { Text = Featurized(e.Text, settings.Cues), Label = e.Intent }));
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.Lower,
                KeepPunctuations = false,
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = settings.WordNgrams, UseAllLengths = true },
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = settings.CharNgrams, UseAllLengths = true },
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, nameof(Utterance.Text)))
            // Maximum entropy; the trainer, L2 penalty and n-gram lengths come from the validation sweep.
            .Append(settings.Trainer == IntentClassifierSettings.Sdca
                ? ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(l2Regularization: settings.L2)
                : (IEstimator<ITransformer>)ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(l2Regularization: settings.L2))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        return new IntentClassifier(ml, pipeline.Fit(data), data.Schema, settings.Cues);
    }

    /// <summary>What the featurizer sees: the masked text, followed by its keyword cue tokens when cues are on.</summary>
    private static string Featurized(string text, bool cues) => cues ? IntentCues.Annotate(Mask(text)) : Mask(text);

    /// <summary>Trains on labelled utterances; importer names known to <paramref name="names"/> are masked like codes.</summary>
    public static IntentClassifier Train(IEnumerable<LabelledUtterance> examples, SlotExtractor names, IntentClassifierSettings? settings = null) =>
        Train(examples.Select(u => (names.MaskImporterNames(u.Text), u.Intent)), settings);

    /// <summary>The shipped classifier: trained on the training and validation splits with the chosen settings.</summary>
    public static IntentClassifier TrainShipped() =>
        Train(LabelledUtterances.Training().Concat(LabelledUtterances.Validation()), new SlotExtractor(ShippedImporters()));

    public static IReadOnlyList<KnownImporter> ShippedImporters() =>
        File.ReadLines(Platform.ShippedData.PathOf("assistant", "utterance-importers.tsv")).Select(l => l.Split('\t'))
            .Where(p => p.Length == 2).Select(p => new KnownImporter(p[0], p[1])).ToList();

    /// <summary>Classifies a request; pass the slot extractor of the live importers so their names are masked too.</summary>
    public IntentPrediction Predict(string text, SlotExtractor? names = null)
    {
        if (names is not null) text = names.MaskImporterNames(text);
        Prediction p;
        var featurized = Featurized(text, cues);
        lock (gate) p = engine.Predict(new Utterance { Text = featurized });
        return new IntentPrediction(p.Intent, p.Score.Length == 0 ? 0 : p.Score.Max());
    }

    public IReadOnlyList<string> Labels => labels;

    /// <summary>Replaces values by placeholders: the model should learn "show declaration DECLNO", not the number.</summary>
    public static string Mask(string text)
    {
        // Personal data (phones, customs codes) is masked before anything else: the model never learns a person's number.
        text = SlotPatterns.Phone().Replace(text, " phoneno ");
        text = SlotPatterns.PersonalCustomsCode().Replace(text, " pcccno ");
        text = SlotPatterns.TrackingNumber().Replace(text, " trackno ");
        text = SlotPatterns.DeclarationNumber().Replace(text, " declno ");
        text = SlotPatterns.ImporterCode().Replace(text, " impcode ");
        text = SlotPatterns.TariffCode().Replace(text, " hscode ");
        return Digits().Replace(text, " num ");
    }

    [GeneratedRegex(@"\d[\d,\.]*")]
    private static partial Regex Digits();

    private sealed class Utterance
    {
        public string Text { get; set; } = "";
        public string Label { get; set; } = "";
    }

    private sealed class Prediction
    {
        [ColumnName("PredictedLabel")]
        public string Intent { get; set; } = "";
        public float[] Score { get; set; } = [];
    }
}
