using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Platform.Models;

/// <summary>
/// Implemented by a kind whose feature trains its first version on first need (the HS classifier, the X-ray detector, the
/// intent classifier): loads the active version, training and registering the first one when there is none, through the
/// feature's own loader so a concurrent first use waits for the same training instead of starting another. Kinds trained
/// by a database seeder (risk, parcel risk) need none: the CLI and the web app both run the seeders.
/// </summary>
public interface IFirstVersion
{
    /// <summary>The kind's registry name.</summary>
    string Kind { get; }

    /// <param name="progress">Lines for a person waiting (the CLI's stderr) while a first version trains; null when nobody watches.</param>
    Task EnsureActiveAsync(IProgress<string>? progress, CancellationToken ct);
}

/// <summary>
/// Makes sure every kind has an active version: run in the background when the web app starts
/// (<see cref="FirstVersionsWarmUp"/>) and by `models list` before it lists, so both show the same catalogue on a
/// brand-new data folder. One kind failing does not stop the others.
/// </summary>
public sealed class FirstVersions(IEnumerable<IFirstVersion> kinds, ILogger<FirstVersions> logger)
{
    /// <summary>Kinds that could not be prepared, with why (empty when all are ready).</summary>
    public async Task<IReadOnlyList<(string Kind, string Problem)>> EnsureAllAsync(IProgress<string>? progress, CancellationToken ct)
    {
        var failed = new List<(string, string)>();
        foreach (var kind in kinds.OrderBy(k => k.Kind, StringComparer.Ordinal))
        {
            progress?.Report($"Preparing the active {kind.Kind} model");
            try
            {
                await kind.EnsureActiveAsync(progress, ct);
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
            {
                // The feature trains again on first use; the catalogue shows the kind without an active version meanwhile.
                logger.LogError(e, "The {Kind} model could not be prepared", kind.Kind);
                failed.Add((kind.Kind, e.Message));
            }
        }
        return failed;
    }
}

/// <summary>
/// Trains (or loads) the first versions in the background once the web app starts, so a fresh workbench lists every kind
/// with an active version and the first use does not wait for training. Test hosts switch it off
/// (<see cref="ModelsOptions.TrainFirstVersionsOnStart"/>).
/// </summary>
public sealed class FirstVersionsWarmUp(FirstVersions first, IOptions<ModelsOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.TrainFirstVersionsOnStart) return;
        try
        {
            await Task.Yield();
            await first.EnsureAllAsync(null, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
