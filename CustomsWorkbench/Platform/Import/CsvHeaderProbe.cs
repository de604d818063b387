using System.Text;

namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// The column names of a CSV file's first line, read from its first bytes only, so the format can be told from the
/// header without reading the file. Column names are ASCII, which UTF-8 and CP949 share, so no encoding check is needed here.
/// </summary>
public static class CsvHeaderProbe
{
    private const int MaxHeaderBytes = 64 * 1024;

    public static async Task<IReadOnlyList<string>> ReadAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        var buffer = new byte[MaxHeaderBytes];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), ct)) > 0) length += read;
        var text = Encoding.UTF8.GetString(buffer, 0, length).TrimStart('\uFEFF');
        var end = text.IndexOfAny(['\r', '\n']);
        var line = end < 0 ? text : text[..end];
        return Parse(line);
    }

    public static IReadOnlyList<string> Parse(string headerLine) =>
        string.IsNullOrWhiteSpace(headerLine) ? [] : headerLine.Split(',').Select(c => c.Trim().Trim('"').Trim().ToLowerInvariant()).ToArray();
}
