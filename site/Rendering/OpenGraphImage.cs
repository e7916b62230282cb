using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Sakip.Site.Rendering;

/// <summary>The picture a link preview shows (og:image): one PNG card per page type, 1200 x 630, drawn here at build time
/// with no image library: the portal's name and the page type in capitals from a 5 x 7 pixel font, on the portal's blue.
/// The same bytes on every build, so the files are carried over unchanged.</summary>
public static class OpenGraphImage
{
    public const int Width = 1200;
    public const int Height = 630;
    const string Folder = "/assets/og/";

    /// <summary>Each page type's file name and label, by its model's class name; any other page (a new type) gets the
    /// portal's card.</summary>
    static readonly Dictionary<string, (string Slug, string Label)> Kinds = new(StringComparer.Ordinal)
    {
        ["HomeModel"] = ("beranda", "BERANDA"),
        ["MethodModel"] = ("metode", "METODE DAN SUMBER DATA"),
        ["SearchModel"] = ("cari", "CARI DI PORTAL"),
        ["SearchRegionModel"] = ("cari", "CARI DI PORTAL"),
        ["AboutModel"] = ("tentang", "TENTANG PORTAL"),
        ["GlossaryModel"] = ("glosarium", "GLOSARIUM"),
        ["RegionModel"] = ("wilayah", "PEMERINTAH DAERAH"),
        ["StatisticsModel"] = ("statistik", "STATISTIK KESEJAHTERAAN SOSIAL"),
        ["AgencyModel"] = ("perangkat-daerah", "PERANGKAT DAERAH"),
        ["RakModel"] = ("rak", "RENCANA AKSI KINERJA"),
        ["LkjipModel"] = ("lkjip", "LAPORAN KINERJA"),
        ["PerformanceBudgetModel"] = ("kinerja-anggaran", "KINERJA DAN ANGGARAN"),
        ["IndicatorModel"] = ("indikator", "INDIKATOR KINERJA"),
        ["DocumentQualityModel"] = ("kualitas-data", "KUALITAS DATA DOKUMEN"),
    };

    static readonly (string Slug, string Label) Portal = ("portal", "DATA KINERJA PEMERINTAH DAERAH");

    static (string Slug, string Label) KindOf(PageModel model) => Kinds.GetValueOrDefault(model.GetType().Name, Portal);

    /// <summary>The image's path on the site (Layout makes it absolute).</summary>
    public static string PathFor(PageModel model) => Folder + KindOf(model).Slug + ".png";

    public static string Alt(PageModel model) => "SAKIP Terbuka: " + KindOf(model).Label.ToLowerInvariant();

    /// <summary>Every card, by its path relative to the site root.</summary>
    public static IEnumerable<(string Path, byte[] Bytes)> Files() =>
        Kinds.Values.Append(Portal).DistinctBy(k => k.Slug).Select(k => ((Folder + k.Slug + ".png").TrimStart('/'), Card(k.Label)));

    static readonly byte[] Brand = [0x0b, 0x3d, 0x6b];
    static readonly byte[] Accent = [0xc5, 0x5a, 0x11];
    static readonly byte[] White = [0xff, 0xff, 0xff];
    static readonly byte[] Pale = [0xcf, 0xe0, 0xf0];

    /// <summary>The card: the portal's name large, the page type under it, three bars of a chart and an accent line.</summary>
    public static byte[] Card(string label)
    {
        var pixels = new byte[Width * Height * 3];
        Fill(pixels, 0, 0, Width, Height, Brand);
        Fill(pixels, 0, Height - 24, Width, 24, Accent);
        Text(pixels, "SAKIP TERBUKA", 80, 150, 12, White);
        var scale = label.Length * 6 * 6 <= Width - 160 ? 6 : 5;
        Text(pixels, label, 80, 300, scale, Pale);
        // A small bar chart: what the portal is about.
        int[] bars = [90, 150, 120];
        for (var i = 0; i < bars.Length; i++) Fill(pixels, 80 + i * 70, Height - 60 - bars[i], 50, bars[i], i == 1 ? Accent : Pale);
        return Png(pixels);
    }

    static void Fill(byte[] pixels, int x, int y, int w, int h, byte[] colour)
    {
        var left = Math.Max(x, 0);
        var width = Math.Min(x + w, Width) - left;
        if (width <= 0) return;
        for (var row = Math.Max(y, 0); row < Math.Min(y + h, Height); row++)
        {
            // One pixel, then the filled part copied onto the rest, doubling: a few copies a row, not one a pixel.
            var span = pixels.AsSpan((row * Width + left) * 3, width * 3);
            colour.CopyTo(span);
            for (var done = 3; done < span.Length; done *= 2) span[..Math.Min(done, span.Length - done)].CopyTo(span[done..]);
        }
    }

    static void Text(byte[] pixels, string text, int x, int y, int scale, byte[] colour)
    {
        foreach (var c in text)
        {
            if (Glyphs.TryGetValue(c, out var glyph))
                for (var row = 0; row < 7; row++)
                    for (var col = 0; col < 5; col++)
                        if (glyph[row][col] == '#') Fill(pixels, x + col * scale, y + row * scale, scale, scale, colour);
            x += 6 * scale;
        }
    }

    /// <summary>RGB, 8 bits a channel, deflated with zlib. Each row but the first is filtered "Up" (its difference from
    /// the row above): a card's rows are mostly the same as the one above, so the filtered rows are mostly zeros, which
    /// deflate takes far less time over (and makes smaller) than the pixels themselves: at zlib's default level some 5 ms
    /// a card, against 35 ms for unfiltered rows at its smallest size, and 4 KB against 5.
    static byte[] Png(byte[] pixels)
    {
        const int stride = Width * 3;
        using var raw = new MemoryStream();
        using (var zlib = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
        {
            var filtered = new byte[stride];
            zlib.WriteByte(0); // None
            zlib.Write(pixels, 0, stride);
            for (var row = 1; row < Height; row++)
            {
                for (var i = 0; i < stride; i++) filtered[i] = (byte)(pixels[row * stride + i] - pixels[(row - 1) * stride + i]);
                zlib.WriteByte(2); // Up
                zlib.Write(filtered);
            }
        }
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0d, 0x0a, 0x1a, 0x0a]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Height);
        header[8] = 8; // bits per channel
        header[9] = 2; // RGB
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", raw.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xedb88320u ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    /// <summary>The CRC-32 of the PNG specification (ISO 3309).</summary>
    static uint Crc32(byte[] bytes)
    {
        var c = 0xffffffffu;
        foreach (var b in bytes) c = CrcTable[(c ^ b) & 0xff] ^ (c >> 8);
        return c ^ 0xffffffffu;
    }

    /// <summary>Capital letters, 5 x 7, drawn for these cards.</summary>
    static readonly Dictionary<char, string[]> Glyphs = new()
    {
        ['A'] = [".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"],
        ['B'] = ["####.", "#...#", "#...#", "####.", "#...#", "#...#", "####."],
        ['C'] = [".###.", "#...#", "#....", "#....", "#....", "#...#", ".###."],
        ['D'] = ["####.", "#...#", "#...#", "#...#", "#...#", "#...#", "####."],
        ['E'] = ["#####", "#....", "#....", "####.", "#....", "#....", "#####"],
        ['F'] = ["#####", "#....", "#....", "####.", "#....", "#....", "#...."],
        ['G'] = [".###.", "#...#", "#....", "#.###", "#...#", "#...#", ".####"],
        ['H'] = ["#...#", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"],
        ['I'] = [".###.", "..#..", "..#..", "..#..", "..#..", "..#..", ".###."],
        ['J'] = ["..###", "...#.", "...#.", "...#.", "...#.", "#..#.", ".##.."],
        ['K'] = ["#...#", "#..#.", "#.#..", "##...", "#.#..", "#..#.", "#...#"],
        ['L'] = ["#....", "#....", "#....", "#....", "#....", "#....", "#####"],
        ['M'] = ["#...#", "##.##", "#.#.#", "#.#.#", "#...#", "#...#", "#...#"],
        ['N'] = ["#...#", "#...#", "##..#", "#.#.#", "#..##", "#...#", "#...#"],
        ['O'] = [".###.", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."],
        ['P'] = ["####.", "#...#", "#...#", "####.", "#....", "#....", "#...."],
        ['Q'] = [".###.", "#...#", "#...#", "#...#", "#.#.#", "#..#.", ".##.#"],
        ['R'] = ["####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"],
        ['S'] = [".####", "#....", "#....", ".###.", "....#", "....#", "####."],
        ['T'] = ["#####", "..#..", "..#..", "..#..", "..#..", "..#..", "..#.."],
        ['U'] = ["#...#", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."],
        ['V'] = ["#...#", "#...#", "#...#", "#...#", "#...#", ".#.#.", "..#.."],
        ['W'] = ["#...#", "#...#", "#...#", "#.#.#", "#.#.#", "#.#.#", ".#.#."],
        ['X'] = ["#...#", "#...#", ".#.#.", "..#..", ".#.#.", "#...#", "#...#"],
        ['Y'] = ["#...#", "#...#", ".#.#.", "..#..", "..#..", "..#..", "..#.."],
        ['Z'] = ["#####", "....#", "...#.", "..#..", ".#...", "#....", "#####"],
    };
}
