using CustomsWorkbench.Features.XRay.Imaging;

namespace CustomsWorkbench.Features.XRay.Generation;

public enum ScanSubject { Container, Parcel }

/// <summary>Everything that decides a generated scan: the same recipe always renders the same pixels.</summary>
public sealed record ScanRecipe(int Seed, ScanSubject Subject, string GoodsCategory, IReadOnlyList<string> Concealments,
    int Width = 0, int Height = 0, bool DualEnergy = true)
{
    public const int ContainerWidth = 1024, ContainerHeight = 512, ParcelWidth = 512, ParcelHeight = 384;
    public int ImageWidth => Width > 0 ? Width : Subject == ScanSubject.Container ? ContainerWidth : ParcelWidth;
    public int ImageHeight => Height > 0 ? Height : Subject == ScanSubject.Container ? ContainerHeight : ParcelHeight;
}

/// <summary>A rendered scan with the truth about what was planted in it.</summary>
public sealed record GeneratedScan(ScanRecipe Recipe, ScanImage High, ScanImage Low, IReadOnlyList<TruthBox> Truth);
