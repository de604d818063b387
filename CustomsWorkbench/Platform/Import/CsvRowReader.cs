using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using CustomsWorkbench.Platform.Csv;

namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// One CSV row as the readers see it: its spreadsheet row number (header = 1) and its cells by column name, or the one
/// problem that kept it from being read. <see cref="Field"/> is valid only until the next row is read.
/// </summary>
public sealed record CsvRow(int Row, Func<string, string?>? Field, ImportProblem? Problem, bool Fatal = false);

/// <summary>
/// Streams any headed CSV file row by row: an empty file or a bad header is one fatal problem, a malformed or
/// wrong-width row a problem of its own, blank lines are skipped, and the export's formula-injection quote is undone.
/// </summary>
public static class CsvRowReader
{
    public static async IAsyncEnumerable<CsvRow> ReadAsync(Stream stream, Encoding encoding, IReadOnlyList<string> required,
        IReadOnlyList<string> all, [EnumeratorCancellation] CancellationToken ct)
    {
        using var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 65536, leaveOpen: true);
        var malformedRows = new HashSet<int>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            MissingFieldFound = null,
            BadDataFound = args => malformedRows.Add(args.Context.Parser?.Row ?? 0),
            DetectColumnCountChanges = false,
        };
        using var csv = new CsvReader(text, config);
        if (!await csv.ReadAsync())
        {
            yield return new CsvRow(1, null, ImportProblem.Coded(1, "", "EmptyFile", "the file is empty: expected a header row with " + string.Join(", ", required), string.Join(", ", required)), Fatal: true);
            yield break;
        }
        csv.ReadHeader();
        var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        if (CsvHeader.Check(header, required, all) is { } headerProblem)
        {
            yield return new CsvRow(1, null, headerProblem, Fatal: true);
            yield break;
        }
        var index = header.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i);
        while (await csv.ReadAsync())
        {
            ct.ThrowIfCancellationRequested();
            var row = csv.Parser.Row;
            if (malformedRows.Remove(row))
            {
                yield return new CsvRow(row, null, ImportProblem.Coded(row, "", "MalformedCsv", "malformed CSV: a quote inside an unquoted field or an unclosed quote"));
                continue;
            }
            if (csv.Parser.Count == 1 && string.IsNullOrWhiteSpace(csv.Parser[0])) continue; // a blank line
            if (csv.Parser.Count != header.Length)
            {
                yield return new CsvRow(row, null, ImportProblem.Coded(row, "", "FieldCount", $"has {csv.Parser.Count} fields but the header has {header.Length}", csv.Parser.Count, header.Length));
                continue;
            }
            // Undo the export's formula-injection quote, so an exported file re-imports unchanged.
            yield return new CsvRow(row, name => index.TryGetValue(name, out var i) ? CsvCell.Restore(csv.Parser[i] ?? "") : null, null);
        }
    }
}
