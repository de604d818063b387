using CustomsWorkbench.Features.XRay.Detection;
using CustomsWorkbench.Features.XRay.Generation;
using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Models;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.XRay.Review;

/// <summary>
/// Retrains the detector with officers' annotations as a background job: the catalogue's training job of the detector
/// kind (<see cref="XRayDetectorKind"/>). The result is a registry candidate a supervisor may promote.
/// </summary>
public sealed class DetectorRetraining(AnnotationCollector annotations, ModelCatalogue catalogue)
{
    public static readonly string JobKind = ModelCatalogue.TrainingJobKind(DetectorProvider.ModelName);

    public JobState Start(string user) => catalogue.StartTraining(DetectorProvider.ModelName, user);

    public Task<IReadOnlyList<AnnotatedScan>> CollectAsync(CancellationToken ct) => annotations.CollectAsync(ct);
}

/// <summary>
/// Officers' feedback as training data: confirmed and drawn boxes are threats, dismissed findings are known-clean areas.
/// (Its own service so the detector kind can use it without depending on the catalogue that lists the kind.)
/// </summary>
public sealed class AnnotationCollector(IDbContextFactory<WorkbenchDbContext> factory, ScanAnalysis analysis)
{
    public async Task<IReadOnlyList<AnnotatedScan>> CollectAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var scans = await db.Set<Scan>().AsNoTracking().Include(s => s.Annotations).Where(s => s.Annotations.Any()).ToListAsync(ct);
        var result = new List<AnnotatedScan>();
        foreach (var scan in scans)
        {
            var latest = scan.Annotations.GroupBy(a => a.FindingId is null ? -a.Id : a.FindingId.Value).Select(g => g.OrderByDescending(a => a.Id).First()).ToList();
            var threats = latest.Where(a => a.Kind is AnnotationKind.Confirm or AnnotationKind.Drawn).Select(a => new TruthBox(a.Class, new Box(a.X, a.Y, a.Width, a.Height))).ToList();
            var dismissed = latest.Where(a => a.Kind == AnnotationKind.Dismiss).Select(a => new Box(a.X, a.Y, a.Width, a.Height)).ToList();
            var (high, low) = await analysis.ImagesAsync(scan, ct);
            result.Add(new AnnotatedScan(high, low, scan.ConsignmentKind == ConsignmentKind.Parcel, threats, dismissed));
        }
        return result;
    }
}
