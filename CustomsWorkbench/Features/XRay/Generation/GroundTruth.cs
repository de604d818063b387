namespace CustomsWorkbench.Features.XRay.Generation;

/// <summary>An axis-aligned box in image pixels.</summary>
public readonly record struct Box(double X, double Y, double Width, double Height)
{
    public double Area => Math.Max(0, Width) * Math.Max(0, Height);
    public double Right => X + Width;
    public double Bottom => Y + Height;

    public double Intersection(Box other)
    {
        var w = Math.Min(Right, other.Right) - Math.Max(X, other.X);
        var h = Math.Min(Bottom, other.Bottom) - Math.Max(Y, other.Y);
        return w <= 0 || h <= 0 ? 0 : w * h;
    }

    public double IoU(Box other)
    {
        var inter = Intersection(other);
        var union = Area + other.Area - inter;
        return union <= 0 ? 0 : inter / union;
    }

    public Box Union(Box other)
    {
        double x = Math.Min(X, other.X), y = Math.Min(Y, other.Y);
        return new Box(x, y, Math.Max(Right, other.Right) - x, Math.Max(Bottom, other.Bottom) - y);
    }
}

/// <summary>A planted concealment: its class and where it is.</summary>
public sealed record TruthBox(string Class, Box Box);
