using System.Text.Json;
using CustomsWorkbench.Features.XRay.Generation;
using CustomsWorkbench.Features.XRay.Onnx;
using CustomsWorkbench.Platform.Models;
using Microsoft.Extensions.Options;
using Microsoft.ML;

namespace CustomsWorkbench.Features.XRay.Detection;

/// <summary>
/// Hands out the detector in use: the ONNX model when configured, otherwise the registry's active "xray-detector"
/// version (trained in process on first need, so a fresh install works without any model file).
/// </summary>
public sealed class DetectorProvider(ModelRegistry registry, IOptions<XRayOptions> options, ILogger<DetectorProvider> logger)
{
    public const string ModelName = "xray-detector";
    /// <summary>Held-out scans `evaluate xray` scores by default.</summary>
    public const int HeldOutScans = 120;
    /// <summary>Held-out scans scored when a candidate is registered (kept smaller so a fresh start is quick).</summary>
    public const int RegistrationScans = 60;
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IThreatDetector? _current;

    /// <param name="trainingProgress">Told how far the first version's training is, when there is none yet to load.</param>
    public async Task<IThreatDetector> GetAsync(CancellationToken ct = default, IProgress<double>? trainingProgress = null)
    {
        var settings = options.Value;
        if (string.Equals(settings.Detector, "onnx", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(settings.OnnxModelPath))
        {
            if (_current is OnnxThreatDetector onnx && onnx.Path == settings.OnnxModelPath) return onnx;
            return _current = new OnnxThreatDetector(settings.OnnxModelPath);
        }
        await _gate.WaitAsync(ct);
        try
        {
            var active = await registry.GetActiveAsync(ModelName, ct)
                ?? await TrainAndRegisterAsync("system", [], trainingProgress, ct);
            if (_current?.Version == active.Version) return _current;
            try
            {
                return _current = Load(active);
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or FormatException or ArgumentException)
            {
                // A missing or unreadable model file must not stop officers from working: train a fresh candidate and use it.
                logger.LogError(e, "X-ray detector {Version} could not be loaded; training a replacement", active.Version);
                var trained = await Task.Run(() => DetectorTrainer.Train(options.Value.TrainingScans, [], null, ct), ct);
                return _current = new WindowDetector(trained.Classifier, $"{active.Version}-rebuilt", trained.Boxes, trained.Weapons);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Trains on generated scans plus officers' annotations, evaluates on validation and held-out scans and registers a candidate (active if it is the first).</summary>
    public async Task<ModelVersion> TrainAndRegisterAsync(string user, IReadOnlyList<AnnotatedScan> annotated, IProgress<double>? progress, CancellationToken ct)
    {
        logger.LogInformation("Training the X-ray detector on {Generated} generated and {Annotated} annotated scans", options.Value.TrainingScans, annotated.Count);
        var trained = await Task.Run(() => DetectorTrainer.Train(options.Value.TrainingScans, annotated, progress, ct), ct);
        var candidate = new WindowDetector(trained.Classifier, "candidate", trained.Boxes, trained.Weapons);
        var scans = Math.Min(RegistrationScans, Math.Max(20, options.Value.TrainingScans / 2));
        // Validation seeds are what anyone compares and chooses on; the held-out seeds are scored once here, only to be shown.
        var evaluation = DetectorRegistrationMetrics.From(
            Evaluate(candidate, scans, TrainingScenes.ValidationSeedBase), Evaluate(candidate, scans, TrainingScenes.HeldOutSeedBase));
        var file = $"xray-detector-{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid():N}.zip"[..48] + ".zip";
        var path = Path.Combine(registry.ArtifactFolder(ModelName), file);
        trained.Classifier.Save(path, WindowClassifier.InputSchema(new MLContext()));
        trained.Boxes.Save(BoxesPath(path));
        trained.Weapons?.Save(WeaponsPath(path));
        return await registry.RegisterCandidateAsync(new NewModelVersion(ModelName, user, Path.Combine(ModelName, file),
            JsonSerializer.Serialize(evaluation, Json), trained.FeatureImportanceJson, TrainingRows: trained.TrainingRows,
            Notes: $"{trained.GeneratedScans} generated scans, {trained.AnnotatedScans} annotated scans"), activateIfNone: true, ct);
    }

    /// <summary>Loads a registered version's stages: window classifier, box regressor and weapon scorer when present.</summary>
    public WindowDetector Load(ModelVersion version)
    {
        var ml = new MLContext(seed: 1);
        var path = registry.ArtifactFullPath(version);
        var classifier = WindowClassifier.Load(ml, path);
        // Versions registered before box regression have no regressor file and keep the pixel tightener.
        var boxes = File.Exists(BoxesPath(path)) ? BoxRegressor.Load(ml, BoxesPath(path)) : null;
        // Versions registered before the metal stage have no weapon scorer and detect weapons by windows only.
        var weapons = File.Exists(WeaponsPath(path)) ? WeaponScorer.Load(ml, WeaponsPath(path)) : null;
        return new WindowDetector(classifier, version.Version, boxes, weapons);
    }

    /// <summary>The box regressor is stored beside the window classifier the registry points at.</summary>
    public static string BoxesPath(string classifierPath) => Path.ChangeExtension(classifierPath, ".boxes.zip");

    /// <summary>The weapon scorer of the metal stage, beside the classifier too.</summary>
    public static string WeaponsPath(string classifierPath) => Path.ChangeExtension(classifierPath, ".weapons.zip");

    /// <summary>Runs a detector over generated scans of a seed range disjoint from training (held-out by default).</summary>
    public static DetectorEvaluation Evaluate(IThreatDetector detector, int scans = HeldOutScans, int seedBase = TrainingScenes.HeldOutSeedBase) =>
        DetectorEvaluator.Evaluate(detector, TrainingScenes.Recipes(seedBase, scans).Select(ScanGenerator.Generate));
}
