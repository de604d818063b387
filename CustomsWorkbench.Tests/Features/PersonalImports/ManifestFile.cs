using System.Globalization;
using CustomsWorkbench.Features.PersonalImports.Manifest;
using CustomsWorkbench.Features.PersonalImports.Register;

namespace CustomsWorkbench.Tests.Features.PersonalImports;

/// <summary>Writes manifest and register CSV test files; tracking numbers carry a prefix so tests sharing a database never collide.</summary>
public static class ManifestFile
{
    public static readonly string Header = string.Join(",", ManifestColumns.Required);
    public static readonly string RegisterHeader = string.Join(",", RegisterColumns.Required);

    /// <summary>Row i: arrives 2025-01-0(1 + i % 5), code P1000000000(i % 5), USD 40 + 10 i, alternately from the US and China.</summary>
    public static string Row(string prefix, int i, string? pccc = null, string? date = null, string? value = null, string? origin = null) =>
        string.Join(",", $"{prefix}{i:D6}", date ?? $"2025-01-0{1 + i % 5}", pccc ?? $"P1000000000{i % 5:D2}", $"홍길동{i}", $"010-1234-{i:D4}",
            $"서울특별시 강남구 테헤란로 {i}", "06234", "Amazon.com", origin ?? (i % 2 == 0 ? "US" : "CN"), "T-shirts (티셔츠)", "1",
            value ?? (40 + 10 * i).ToString(CultureInfo.InvariantCulture));

    public static string Text(string prefix, int count) =>
        Header + "\n" + string.Join("\n", Enumerable.Range(1, count).Select(i => Row(prefix, i))) + "\n";

    public static string RegisterRow(string pccc, string name, string phone, string address) => $"{pccc},{name},{phone},\"{address}\"";
}
