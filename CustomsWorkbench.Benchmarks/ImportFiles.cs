using System.Globalization;
using System.Text;
using CustomsWorkbench.Features.PersonalImports.Manifest;
using CustomsWorkbench.Platform.Import;

namespace CustomsWorkbench.Benchmarks;

/// <summary>
/// BACUDA and manifest CSV files of a given size, written once per run. Row i of the BACUDA file is the import tests'
/// (BacudaFile.Row): 50 importers, 7 declarants, 3 offices, every third row inspected; manifest rows carry Korean names
/// and addresses like ManifestFile.Row.
/// </summary>
public static class ImportFiles
{
    public static string Declarations(string folder, int rows)
    {
        var path = Path.Combine(folder, $"declarations-{rows}.csv");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write(string.Join(",", BacudaColumns.Required) + "\n");
        for (var i = 1; i <= rows; i++)
        {
            writer.Write(string.Join(",",
                $"BEN{i:D7}", $"13-{1 + i % 12:D2}-{1 + i % 28:D2}", $"BENIMP{i % 50}", $"BENDEC{i % 7}", i % 2 == 0 ? "CN" : "VN", $"BENOFF{i % 3}",
                (8517130000L + i % 10).ToString(CultureInfo.InvariantCulture), (1 + i % 100).ToString(CultureInfo.InvariantCulture),
                (2.5 * (1 + i % 40)).ToString(CultureInfo.InvariantCulture), (1000 + i).ToString(CultureInfo.InvariantCulture),
                (1100.5 + i).ToString(CultureInfo.InvariantCulture), (80.25 + i % 13).ToString(CultureInfo.InvariantCulture),
                i % 3 == 0 ? (i % 9 == 0 ? "1" : "0") : "", i % 3 == 0 ? (i % 9 == 0 ? "500" : "0") : ""));
            writer.Write('\n');
        }
        return path;
    }

    public static string Manifest(string folder, int rows)
    {
        var path = Path.Combine(folder, $"manifest-{rows}.csv");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write(string.Join(",", ManifestColumns.Required) + "\n");
        for (var i = 1; i <= rows; i++)
        {
            writer.Write(string.Join(",", $"BEN{i:D9}", $"2025-01-0{1 + i % 5}", $"P1{i % 100_000:D11}", $"홍길동{i % 1000}", $"010-1234-{i % 10_000:D4}",
                $"서울특별시 강남구 테헤란로 {i % 500}", "06234", "Amazon.com", i % 2 == 0 ? "US" : "CN", "T-shirts (티셔츠)", "1",
                (40 + i % 300).ToString(CultureInfo.InvariantCulture)));
            writer.Write('\n');
        }
        return path;
    }
}
