using System.Diagnostics;
using CustomsWorkbench.Features.XRay.Detection;
using CustomsWorkbench.Features.XRay.Imaging;
using CustomsWorkbench.Features.XRay.Model;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace CustomsWorkbench.Features.XRay.Onnx;

/// <summary>
/// A detector from an ONNX file with YOLO-style output: input [1, 2, S, S] (net high- and low-energy attenuation,
/// letterboxed), output [1, N, 5 + classes]. Class names come from the model's metadata ("classes", comma-separated)
/// or default to <see cref="ThreatClasses.All"/>.
/// </summary>
public sealed class OnnxThreatDetector : IThreatDetector, IDisposable
{
    private readonly InferenceSession _session;
    private readonly string _inputName;
    private readonly int _inputSize;
    private readonly string[] _classes;

    public OnnxThreatDetector(string path)
    {
        Path = path;
        var options = new Microsoft.ML.OnnxRuntime.SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        _session = new InferenceSession(path, options);
        var input = _session.InputMetadata.First();
        _inputName = input.Key;
        _inputSize = input.Value.Dimensions[^1];
        var metadata = _session.ModelMetadata.CustomMetadataMap;
        _classes = metadata.TryGetValue("classes", out var names) ? names.Split(',') : ThreatClasses.All;
        Version = metadata.TryGetValue("version", out var v) ? $"onnx:{v}" : $"onnx:{System.IO.Path.GetFileNameWithoutExtension(path)}";
    }

    public string Path { get; }
    public string Version { get; }

    public DetectionResult Detect(ScanImage high, ScanImage? low, bool parcel)
    {
        var clock = Stopwatch.StartNew();
        var map = MaterialMap.From(high, low);
        var letterbox = Letterbox.For(map.Width, map.Height, _inputSize);
        var plane = _inputSize * _inputSize;
        var input = new DenseTensor<float>([1, 2, _inputSize, _inputSize]);
        var buffer = input.Buffer.Span;
        letterbox.Fill(map.High, buffer[..plane]);
        letterbox.Fill(map.Low, buffer.Slice(plane, plane));
        using var results = _session.Run([NamedOnnxValue.CreateFromTensor(_inputName, input)]);
        var output = results.First().AsTensor<float>();
        var dims = output.Dimensions;
        var values = output.ToArray();
        var detections = YoloDecoder.Decode(values, dims[1], dims[2], letterbox, _classes);
        return new DetectionResult(detections, new HeatMap(0, 0, 0, []), clock.Elapsed.TotalMilliseconds);
    }

    public void Dispose() => _session.Dispose();
}
