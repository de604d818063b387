using System.Security.Cryptography;
using System.Text;

namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// The content hash (for idempotent re-imports), the text encoding (or why the bytes are not text in one encoding) and
/// the size, found in one streaming read.
/// </summary>
public sealed record ImportFileProbe(string ContentHash, Encoding Encoding, long Length, ImportProblem? EncodingProblem = null)
{
    public static async Task<ImportFileProbe> ProbeAsync(string path, CancellationToken ct)
    {
        await using var stream = OpenSequential(path);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var detector = new TextEncodingDetector();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, ct)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            detector.Append(buffer.AsSpan(0, read));
        }
        detector.Append([], final: true);
        return new ImportFileProbe(Convert.ToHexString(hash.GetHashAndReset()), detector.Result, stream.Length, detector.Problem);
    }

    public static FileStream OpenSequential(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
}
