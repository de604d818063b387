using System.Text;
using CustomsWorkbench.Platform.Csv;

namespace CustomsWorkbench.Platform.Records;

/// <summary>Writes any list view's rows as CSV, streaming. UTF-8 with BOM so Excel shows Korean text correctly.</summary>
public static class CsvExport
{
    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static async Task<int> WriteAsync<T>(IAsyncEnumerable<T> rows, Stream output, CancellationToken ct = default)
    {
        await using var writer = new StreamWriter(output, Utf8WithBom, bufferSize: 1 << 16, leaveOpen: true);
        await using (var csv = new SafeCsvWriter(writer))
        {
            csv.WriteHeader<T>();
            await csv.NextRecordAsync();
            var count = 0;
            await foreach (var row in rows.WithCancellation(ct))
            {
                csv.WriteRecord(row);
                await csv.NextRecordAsync();
                count++;
            }
            await csv.FlushAsync();
            await writer.FlushAsync(ct);
            return count;
        }
    }
}
