using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Features.XRay.Tip;

/// <summary>Threat Image Projection settings: one row (Id 1), changed by a supervisor on /xray/tip.</summary>
public class TipSettings
{
    public int Id { get; set; } = 1;
    public bool Enabled { get; set; }
    /// <summary>Share (0..1) of opened scans that get a projected threat.</summary>
    public double Share { get; set; } = 0.1;
    public string UpdatedBy { get; set; } = "system";
    public DateTime UpdatedAtUtc { get; set; }
}

/// <summary>
/// A known threat projected into the images one officer reviewed for one scan, and how the officer did on it.
/// The composited images are stored like any scan image (content-hashed), so reloads show the same pixels.
/// </summary>
public class TipProjection
{
    public int Id { get; set; }
    public int ScanId { get; set; }
    public required string Officer { get; set; }
    public required string Class { get; set; }
    public int X { get; set; }
    public int Y { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public required string HighEnergyFile { get; set; }
    public string? LowEnergyFile { get; set; }
    public DateTime ProjectedAtUtc { get; set; }
    public DateTime? CompletedAtUtc { get; set; }
    /// <summary>Null until the officer completes the review.</summary>
    public bool? Hit { get; set; }
    /// <summary>Boxes the officer drew that do not match the projected threat.</summary>
    public int FalseAlarms { get; set; }
    public double? SecondsToComplete { get; set; }
}

public class TipSettingsConfiguration : IEntityTypeConfiguration<TipSettings>
{
    public void Configure(EntityTypeBuilder<TipSettings> b)
    {
        b.ToTable("TipSettings");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.UpdatedBy).HasMaxLength(64);
    }
}

public class TipProjectionConfiguration : IEntityTypeConfiguration<TipProjection>
{
    public void Configure(EntityTypeBuilder<TipProjection> b)
    {
        b.ToTable("TipProjections");
        b.Property(x => x.Officer).HasMaxLength(64);
        b.Property(x => x.Class).HasMaxLength(32);
        b.Property(x => x.HighEnergyFile).HasMaxLength(80);
        b.Property(x => x.LowEnergyFile).HasMaxLength(80);
        b.HasIndex(x => new { x.ScanId, x.Officer }).IsUnique();
        b.HasIndex(x => x.Officer);
    }
}
