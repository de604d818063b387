using System.Text.Json;
using CustomsWorkbench.Platform.Cli;

namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary>`classify [--json] [--material M] [--use U] [--origin CC] "description"`: the five most likely tariff codes.</summary>
public sealed class ClassifyVerb(ITariffClassifier classifier) : ICliVerb
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string[] Options = ["--material", "--use", "--origin"];

    public string Name => "classify";
    public string Usage => "classify [--json] [--material M] [--use U] [--origin CC] \"<description>\"   top 5 HS/HSK codes with confidence and reasons";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken ct)
    {
        var values = new Dictionary<string, string>();
        var words = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (Options.Contains(args[i]))
            {
                if (i + 1 >= args.Count) { console.Error.WriteLine($"{args[i]} needs a value. Usage: {Usage}"); return 2; }
                values[args[i]] = args[++i];
            }
            else if (args[i] != "--json") words.Add(args[i]);
        }
        var request = new ClassificationRequest(string.Join(' ', words), values.GetValueOrDefault("--material"), values.GetValueOrDefault("--use"),
            values.GetValueOrDefault("--origin"));
        if (words.Count == 0) { console.Error.WriteLine($"A description is required. Usage: {Usage}"); return 2; }
        if (ClassificationRequestRules.Problems(request) is { } problems)
        {
            foreach (var (field, messages) in problems) console.Error.WriteLine($"{field}: {string.Join(", ", messages)}");
            return 1;
        }
        var result = await classifier.ClassifyAsync(request, ct);
        if (args.Contains("--json"))
        {
            console.Out.WriteLine(JsonSerializer.Serialize(new { suggestions = result.Suggestions, modelVersion = result.ModelVersion }, Json));
            return 0;
        }
        console.Out.WriteLine($"{request.Description}  ({result.ModelVersion})");
        foreach (var (s, rank) in result.Suggestions.Select((s, i) => (s, i + 1)))
        {
            console.Out.WriteLine($"{rank}. {s.Code,-10} {s.Confidence,6:P0}  {s.DescriptionKo ?? s.Description}");
            console.Out.WriteLine($"     {s.Why.Heading}");
            foreach (var m in s.Why.Matched.Where(m => m.Similarity > 0).Take(3)) console.Out.WriteLine($"     {m.Source}: {m.Text} ({m.Similarity:0.00})");
            foreach (var d in s.Why.SimilarDeclarations) console.Out.WriteLine($"     declared {d.Code} ×{d.Declarations}: {d.Description}");
        }
        return 0;
    }
}
