using System.Globalization;
using System.Text;
using CustomsWorkbench.Platform.Import;

namespace CustomsWorkbench.Tests.Platform.Import;

/// <summary>Writes BACUDA CSV test files on the fly; numbers carry a prefix so tests sharing a database never collide.</summary>
public static class BacudaFile
{
    public static readonly string Header = string.Join(",", BacudaColumns.Required);

    /// <summary>Row i: every third row inspected, every ninth illicit; values are deterministic in i.</summary>
    public static string Row(string prefix, int i, string? fob = null) =>
        string.Join(",",
            $"{prefix}{i:D7}", $"13-{1 + i % 12:D2}-{1 + i % 28:D2}", $"{prefix}IMP{i % 50}", $"{prefix}DEC{i % 7}",
            i % 2 == 0 ? "CN" : "VN", $"{prefix}OFF{i % 3}", (8517130000L + i % 10).ToString(CultureInfo.InvariantCulture),
            (1 + i % 100).ToString(CultureInfo.InvariantCulture), (2.5 * (1 + i % 40)).ToString(CultureInfo.InvariantCulture),
            fob ?? (1000 + i).ToString(CultureInfo.InvariantCulture), (1100.5 + i).ToString(CultureInfo.InvariantCulture),
            (80.25 + i % 13).ToString(CultureInfo.InvariantCulture),
            i % 3 == 0 ? (i % 9 == 0 ? "1" : "0") : "", i % 3 == 0 ? (i % 9 == 0 ? "500" : "0") : "");

    public static string Text(string prefix, int count) =>
        Header + "\n" + string.Join("\n", Enumerable.Range(1, count).Select(i => Row(prefix, i))) + "\n";

    public static string WriteTemp(string content, string extension = ".csv", Encoding? encoding = null)
    {
        var path = Path.Combine(Path.GetTempPath(), "cw-import-tests", Guid.NewGuid().ToString("N") + extension);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, encoding ?? new UTF8Encoding(false));
        return path;
    }

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Platform", "Import", "Files", name);
}
