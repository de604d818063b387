using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Platform.Audit;

/// <summary>
/// The canonical form of an entry and its HMAC-SHA256 under the <see cref="AuditKey"/>: without the key, nobody who can
/// write the database can compute the hash of a forged entry. Each field is written as its UTF-8 byte length and the bytes
/// (or a distinct marker for null), in a fixed order, so no two different entries share a serialisation:
/// ("ab","c") and ("a","bc") differ, and null differs from "".
/// </summary>
public static class AuditHasher
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";
    private const string Version = "cw-audit-v1";

    public static string ComputeHash(AuditEntry entry, byte[] key) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Canonicalize(entry)));

    public static byte[] Canonicalize(AuditEntry entry)
    {
        var buffer = new MemoryStream();
        Write(buffer, Version);
        Write(buffer, entry.Id.ToString(CultureInfo.InvariantCulture));
        Write(buffer, FormatTimestamp(entry.TimestampUtc));
        Write(buffer, entry.Actor);
        Write(buffer, entry.Action);
        Write(buffer, entry.EntityType);
        Write(buffer, entry.EntityId);
        Write(buffer, entry.ModelVersion);
        Write(buffer, entry.AiOutput);
        Write(buffer, entry.Details);
        Write(buffer, entry.PreviousHash);
        return buffer.ToArray();
    }

    /// <summary>
    /// Round-trip format in UTC. SQLite hands the value back with an unspecified kind, so the kind is fixed here
    /// rather than trusted; the stored text keeps all seven fractional digits, so ticks survive the round trip.
    /// </summary>
    public static string FormatTimestamp(DateTime value) =>
        DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);

    private static void Write(Stream buffer, string? value)
    {
        if (value is null)
        {
            buffer.Write("N;"u8);
            return;
        }
        var bytes = Encoding.UTF8.GetBytes(value);
        buffer.Write(Encoding.ASCII.GetBytes($"S{bytes.Length}:"));
        buffer.Write(bytes);
        buffer.WriteByte((byte)';');
    }
}
