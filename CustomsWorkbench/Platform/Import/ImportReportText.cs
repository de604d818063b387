using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomsWorkbench.Platform.Import;

/// <summary>The report as the CLI prints it and as the API returns it.</summary>
public static class ImportReportText
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static void WriteSummary(ImportReport report, TextWriter writer)
    {
        if (report.AlreadyImported)
        {
            writer.WriteLine($"{report.FileName}: already imported as batch {report.BatchId}; nothing changed ({report.RowCount} rows).");
            return;
        }
        writer.WriteLine($"{report.FileName} ({report.Format}, {report.Encoding}): {report.RowCount} rows, {report.Inserted} inserted, " +
                         $"{report.Updated} updated, {report.Unchanged} unchanged in {report.ElapsedSeconds:F1} s (batch {report.BatchId}).");
    }

    public static void WriteErrors(ImportReport report, TextWriter writer)
    {
        writer.WriteLine($"{report.FileName}: rejected, nothing was written. {report.ErrorCount} problem(s):");
        foreach (var problem in report.Errors) writer.WriteLine("  " + problem);
        if (report.ErrorCount > report.Errors.Count) writer.WriteLine($"  … and {report.ErrorCount - report.Errors.Count} more.");
    }
}
