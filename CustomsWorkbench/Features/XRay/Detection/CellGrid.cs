using CustomsWorkbench.Features.XRay.Generation;

namespace CustomsWorkbench.Features.XRay.Detection;

/// <summary>
/// Statistics of a material map over square cells (16 px): sums that windows of any number of cells combine in constant
/// time, so a 1024×512 scan is summarised in one pass over its pixels.
/// </summary>
public sealed class CellGrid
{
    public const int CellSize = 16;
    public const int Channels = 13;
    // Channel indices.
    public const int SumHigh = 0, SumHigh2 = 1, SumLow = 2, SumRatio = 3, SumRatio2 = 4, RatioCount = 5, Organic = 6, Mixed = 7,
        Inorganic = 8, Impenetrable = 9, Empty = 10, GradX = 11, GradY = 12;

    private readonly double[] _cells;

    private CellGrid(int columns, int rows, double[] cells, MaterialMap map)
    {
        Columns = columns; Rows = rows; _cells = cells; Map = map;
    }

    public int Columns { get; }
    public int Rows { get; }
    public MaterialMap Map { get; }

    public static CellGrid From(MaterialMap map)
    {
        int columns = map.Width / CellSize, rows = map.Height / CellSize;
        var cells = new double[columns * rows * Channels];
        for (var y = 0; y < rows * CellSize; y++)
        {
            var row = y * map.Width;
            var cellRow = y / CellSize * columns;
            for (var x = 0; x < columns * CellSize; x++)
            {
                var i = row + x;
                var c = (cellRow + x / CellSize) * Channels;
                var h = map.High[i];
                cells[c + SumHigh] += h;
                cells[c + SumHigh2] += h * h;
                cells[c + SumLow] += map.Low[i];
                if (h > 0.15f)
                {
                    var r = map.Ratio[i];
                    cells[c + SumRatio] += r;
                    cells[c + SumRatio2] += r * r;
                    cells[c + RatioCount]++;
                }
                switch (map.Classes[i])
                {
                    case MaterialClass.Organic: cells[c + Organic]++; break;
                    case MaterialClass.Mixed: cells[c + Mixed]++; break;
                    case MaterialClass.Inorganic: cells[c + Inorganic]++; break;
                    case MaterialClass.Impenetrable: cells[c + Impenetrable]++; break;
                    default: cells[c + Empty]++; break;
                }
                if (x + 1 < map.Width) cells[c + GradX] += Math.Abs(map.High[i + 1] - h);
                if (y + 1 < map.Height) cells[c + GradY] += Math.Abs(map.High[i + map.Width] - h);
            }
        }
        return new CellGrid(columns, rows, cells, map);
    }

    /// <summary>Sums of every channel over the cells [col0, col1) × [row0, row1), clipped to the grid; returns the pixel count.</summary>
    public double Sum(int col0, int row0, int col1, int row1, Span<double> into)
    {
        into.Clear();
        col0 = Math.Max(0, col0); row0 = Math.Max(0, row0); col1 = Math.Min(Columns, col1); row1 = Math.Min(Rows, row1);
        for (var r = row0; r < row1; r++)
        for (var c = col0; c < col1; c++)
        {
            var at = (r * Columns + c) * Channels;
            for (var k = 0; k < Channels; k++) into[k] += _cells[at + k];
        }
        return Math.Max(0, col1 - col0) * Math.Max(0, row1 - row0) * (double)CellSize * CellSize;
    }
}
