using System.Text;
using CustomsWorkbench.Features.XRay.Model;

namespace CustomsWorkbench.Features.XRay.Onnx;

/// <summary>
/// Writes a tiny but valid ONNX detector by hand (protobuf wire format, opset 13), so the ONNX path is exercised with a
/// model the project produces itself. The graph: AveragePool the [1,2,S,S] input into a grid of cells, a 1×1 Conv +
/// Sigmoid turns each cell's mean high/low attenuation into objectness and class scores, and each cell proposes its own
/// square as the box: output [1, cells, 5 + classes]. It flags dense metal cells as weapons; a trained YOLO export
/// with the same input/output contract drops in by configuration.
/// </summary>
public static class TinyOnnxModel
{
    public static byte[] Build(int inputSize = 256, int cellSize = 32, string version = "tiny-1")
    {
        var grid = inputSize / cellSize;
        var cells = grid * grid;
        var classes = ThreatClasses.All.Length;
        var heads = 1 + classes;
        // Objectness rises with high-energy attenuation above ~2 and with the low/high excess typical of metal.
        var weights = new float[heads * 2];
        var bias = new float[heads];
        weights[0] = 2.5f; weights[1] = 0.6f; bias[0] = -7f;
        for (var c = 0; c < classes; c++) { weights[(1 + c) * 2] = 0; weights[(1 + c) * 2 + 1] = 0; bias[1 + c] = -4f; }
        var weapon = 1 + Array.IndexOf(ThreatClasses.All, ThreatClasses.Weapon);
        weights[weapon * 2] = -1f; weights[weapon * 2 + 1] = 1.2f; bias[weapon] = -0.5f;
        var boxes = new float[cells * 4];
        for (var i = 0; i < cells; i++)
        {
            boxes[i * 4] = (i % grid + 0.5f) * cellSize;
            boxes[i * 4 + 1] = (i / grid + 0.5f) * cellSize;
            boxes[i * 4 + 2] = cellSize;
            boxes[i * 4 + 3] = cellSize;
        }

        var graph = new Proto();
        graph.Message(1, Node(["images"], ["pooled"], "AveragePool", Ints("kernel_shape", cellSize, cellSize), Ints("strides", cellSize, cellSize)));
        graph.Message(1, Node(["pooled", "head_w", "head_b"], ["head"], "Conv"));
        graph.Message(1, Node(["head"], ["scores"], "Sigmoid"));
        graph.Message(1, Node(["scores", "flat_shape"], ["flat"], "Reshape"));
        graph.Message(1, Node(["flat"], ["rows"], "Transpose", Ints("perm", 0, 2, 1)));
        graph.Message(1, Node(["cell_boxes", "rows"], ["output"], "Concat", Int("axis", 2)));
        graph.String(2, "tiny-xray-detector");
        graph.Message(5, FloatTensor("head_w", [heads, 2, 1, 1], weights));
        graph.Message(5, FloatTensor("head_b", [heads], bias));
        graph.Message(5, LongTensor("flat_shape", [3], [1, heads, cells]));
        graph.Message(5, FloatTensor("cell_boxes", [1, cells, 4], boxes));
        graph.Message(11, ValueInfo("images", 1, 2, inputSize, inputSize));
        graph.Message(12, ValueInfo("output", 1, cells, 5 + classes));

        var model = new Proto();
        model.Varint(1, 8); // IR version 8
        model.String(2, "CustomsWorkbench");
        model.Message(7, graph);
        var opset = new Proto();
        opset.String(1, "");
        opset.Varint(2, 13);
        model.Message(8, opset);
        model.Message(14, Metadata("classes", string.Join(',', ThreatClasses.All)));
        model.Message(14, Metadata("version", version));
        return model.ToArray();
    }

    private static Proto Node(string[] inputs, string[] outputs, string op, params Proto[] attributes)
    {
        var node = new Proto();
        foreach (var i in inputs) node.String(1, i);
        foreach (var o in outputs) node.String(2, o);
        node.String(3, op.ToLowerInvariant());
        node.String(4, op);
        foreach (var a in attributes) node.Message(5, a);
        return node;
    }

    private static Proto Ints(string name, params long[] values)
    {
        var a = new Proto();
        a.String(1, name);
        foreach (var v in values) a.Varint(8, v);
        a.Varint(20, 7); // INTS
        return a;
    }

    private static Proto Int(string name, long value)
    {
        var a = new Proto();
        a.String(1, name);
        a.Varint(3, value);
        a.Varint(20, 2); // INT
        return a;
    }

    private static Proto FloatTensor(string name, long[] dims, float[] values)
    {
        var t = new Proto();
        foreach (var d in dims) t.Varint(1, d);
        t.Varint(2, 1); // FLOAT
        t.String(8, name);
        var raw = new byte[values.Length * 4];
        Buffer.BlockCopy(values, 0, raw, 0, raw.Length);
        t.Bytes(9, raw);
        return t;
    }

    private static Proto LongTensor(string name, long[] dims, long[] values)
    {
        var t = new Proto();
        foreach (var d in dims) t.Varint(1, d);
        t.Varint(2, 7); // INT64
        t.String(8, name);
        var raw = new byte[values.Length * 8];
        Buffer.BlockCopy(values, 0, raw, 0, raw.Length);
        t.Bytes(9, raw);
        return t;
    }

    private static Proto ValueInfo(string name, params long[] dims)
    {
        var shape = new Proto();
        foreach (var d in dims)
        {
            var dim = new Proto();
            dim.Varint(1, d);
            shape.Message(1, dim);
        }
        var tensor = new Proto();
        tensor.Varint(1, 1); // FLOAT
        tensor.Message(2, shape);
        var type = new Proto();
        type.Message(1, tensor);
        var info = new Proto();
        info.String(1, name);
        info.Message(2, type);
        return info;
    }

    private static Proto Metadata(string key, string value)
    {
        var p = new Proto();
        p.String(1, key);
        p.String(2, value);
        return p;
    }

    /// <summary>Minimal protobuf writer: varints, length-delimited strings/bytes/messages.</summary>
    private sealed class Proto
    {
        private readonly MemoryStream _stream = new();

        public void Varint(int field, long value)
        {
            WriteRaw((ulong)(field << 3));
            WriteRaw((ulong)value);
        }

        public void String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

        public void Bytes(int field, byte[] value)
        {
            WriteRaw((ulong)(field << 3 | 2));
            WriteRaw((ulong)value.Length);
            _stream.Write(value);
        }

        public void Message(int field, Proto message) => Bytes(field, message.ToArray());

        public byte[] ToArray() => _stream.ToArray();

        private void WriteRaw(ulong value)
        {
            while (value >= 0x80)
            {
                _stream.WriteByte((byte)(value | 0x80));
                value >>= 7;
            }
            _stream.WriteByte((byte)value);
        }
    }
}
