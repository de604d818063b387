using SkiaSharp;

namespace CustomsWorkbench.Features.Assistant.Export;

/// <summary>Finds an installed typeface that has Hangul (and Latin) glyphs for server-side PDFs.</summary>
internal static class KoreanFonts
{
    public const string Missing = "No font with Korean glyphs is installed on the server (Debian: apt-get install fonts-noto-cjk).";

    private static readonly string[] Folders = ["/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts", "/System/Library/Fonts", @"C:\Windows\Fonts"];

    public static SKTypeface? Find()
    {
        // The platform font manager first; the self-contained Linux build of Skia has no fontconfig, so then scan the
        // usual font folders for Noto/Source Han CJK (a .ttc holds JP/KR/SC/TC faces; all carry Hangul, KR preferred).
        if (HasHangul(SKFontManager.Default.MatchCharacter('한')) is { } matched) return matched;
        var files = Folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".ttc", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".otf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase))
            .Where(f => Path.GetFileName(f) is var n && (n.Contains("CJK", StringComparison.OrdinalIgnoreCase) || n.Contains("Nanum", StringComparison.OrdinalIgnoreCase) || n.Contains("malgun", StringComparison.OrdinalIgnoreCase)))
            .OrderBy(f => f.Contains("Sans", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(f => f.Contains("Regular", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(f => f, StringComparer.Ordinal);
        foreach (var file in files)
        {
            SKTypeface? first = null;
            for (var index = 0; index < 8; index++)
            {
                var face = SKTypeface.FromFile(file, index);
                if (face is null) break;
                if (HasHangul(face) is null) { face.Dispose(); continue; }
                if (face.FamilyName.Contains("KR", StringComparison.Ordinal)) { first?.Dispose(); return face; }
                if (first is null) first = face; else face.Dispose();
            }
            if (first is not null) return first;
        }
        return null;
    }

    private static SKTypeface? HasHangul(SKTypeface? face) => face is not null && face.GetGlyph('한') != 0 && face.GetGlyph('A') != 0 ? face : null;
}
