using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.TypeConversion;

namespace CustomsWorkbench.Platform.Csv;

/// <summary>
/// The one CSV writer behind every export. Text cells are neutralised against formula injection
/// (<see cref="CsvCell"/>) and quoted; numbers are written as they are, so a negative amount stays a number.
/// </summary>
public sealed class SafeCsvWriter : IAsyncDisposable
{
    private readonly CsvWriter _csv;

    public SafeCsvWriter(TextWriter writer, string newLine = "\r\n")
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = newLine,
            ShouldQuote = args => (args.Field is { } field && CsvCell.IsNeutralised(field)) || ConfigurationFunctions.ShouldQuote(args),
        };
        _csv = new CsvWriter(writer, config, leaveOpen: true);
        // Records written whole (list views, audit rows) get the same guard on every string member.
        _csv.Context.TypeConverterCache.AddConverter<string>(new NeutralisingStringConverter());
    }

    public void WriteHeader<T>() => _csv.WriteHeader<T>();

    public void WriteRecord<T>(T record) => _csv.WriteRecord(record);

    public void WriteText(string? text) => _csv.WriteField(CsvCell.Neutralise(text));

    /// <summary>A number in shortest round-trip form; null writes an empty cell.</summary>
    public void WriteNumber(double? value) => _csv.WriteField(value?.ToString(CultureInfo.InvariantCulture) ?? "");

    public Task NextRecordAsync() => _csv.NextRecordAsync();

    public Task FlushAsync() => _csv.FlushAsync();

    public ValueTask DisposeAsync() => _csv.DisposeAsync();

    private sealed class NeutralisingStringConverter : StringConverter
    {
        public override string? ConvertToString(object? value, IWriterRow row, MemberMapData memberMapData) =>
            value is string text ? CsvCell.Neutralise(text) : base.ConvertToString(value, row, memberMapData);
    }
}
