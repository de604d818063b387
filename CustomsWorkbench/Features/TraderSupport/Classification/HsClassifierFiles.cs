using System.Text.Json;

namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary>
/// A version's files: the re-ranker (ML.NET zip), its calibration and the past declarations it indexed (so a version
/// answers the same way whatever the database holds later). The shipped knowledge is rebuilt from data/ on load.
/// </summary>
public static class HsClassifierFiles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Save(HsClassifierEngine engine, string rankerPath)
    {
        engine.Ranker.Save(rankerPath);
        File.WriteAllText(CalibrationPath(rankerPath), JsonSerializer.Serialize(engine.Calibration, Json));
        File.WriteAllLines(PastPath(rankerPath), engine.Knowledge.Past.Select(p => $"{p.Code}\t{p.Count}\t{Clean(p.Description)}"));
    }

    public static HsClassifierEngine Load(string rankerPath)
    {
        var ranker = HsRanker.Load(rankerPath);
        var calibration = JsonSerializer.Deserialize<ConfidenceCalibration>(File.ReadAllText(CalibrationPath(rankerPath)), Json)
            ?? throw new InvalidDataException("empty calibration file");
        var past = File.ReadLines(PastPath(rankerPath)).Select(l => l.Split('\t', 3))
            .Where(p => p.Length == 3).Select(p => new PastDeclaration(p[2], p[0], int.Parse(p[1]))).ToList();
        var knowledge = ClassificationKnowledge.Shipped(past);
        return new HsClassifierEngine(knowledge, new CandidateScorer(knowledge.Nomenclature, knowledge.Documents()), ranker, calibration);
    }

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
    private static string CalibrationPath(string rankerPath) => Path.ChangeExtension(rankerPath, ".calibration.json");
    private static string PastPath(string rankerPath) => Path.ChangeExtension(rankerPath, ".past.tsv");
}
