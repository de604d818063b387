using CustomsWorkbench.Features.XRay.Generation;

namespace CustomsWorkbench.Features.XRay.Onnx;

/// <summary>
/// YOLO-style letterbox: scale the scan to fit a square model input keeping its aspect ratio, centre it and pad the rest
/// (with air: zero attenuation). <see cref="ToImage"/> maps boxes on the model input back to scan pixels.
/// </summary>
public sealed record Letterbox(int InputSize, double Scale, double PadX, double PadY, int SourceWidth, int SourceHeight)
{
    public static Letterbox For(int width, int height, int inputSize)
    {
        var scale = Math.Min((double)inputSize / width, (double)inputSize / height);
        return new Letterbox(inputSize, scale, (inputSize - width * scale) / 2, (inputSize - height * scale) / 2, width, height);
    }

    /// <summary>Samples a per-pixel channel (nearest neighbour) into a square input plane, padding with <paramref name="pad"/>.</summary>
    public void Fill(float[] source, Span<float> plane, float pad = 0)
    {
        for (var y = 0; y < InputSize; y++)
        {
            var sy = (int)Math.Floor((y + 0.5 - PadY) / Scale);
            for (var x = 0; x < InputSize; x++)
            {
                var sx = (int)Math.Floor((x + 0.5 - PadX) / Scale);
                plane[y * InputSize + x] = sx < 0 || sy < 0 || sx >= SourceWidth || sy >= SourceHeight ? pad : source[sy * SourceWidth + sx];
            }
        }
    }

    /// <summary>A centre-size box on the model input, back in scan pixels and clipped to the scan.</summary>
    public Box ToImage(double cx, double cy, double w, double h)
    {
        var x0 = Math.Clamp((cx - w / 2 - PadX) / Scale, 0, SourceWidth);
        var y0 = Math.Clamp((cy - h / 2 - PadY) / Scale, 0, SourceHeight);
        var x1 = Math.Clamp((cx + w / 2 - PadX) / Scale, 0, SourceWidth);
        var y1 = Math.Clamp((cy + h / 2 - PadY) / Scale, 0, SourceHeight);
        return new Box(x0, y0, x1 - x0, y1 - y0);
    }
}
