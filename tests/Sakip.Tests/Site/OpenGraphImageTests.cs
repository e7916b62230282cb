using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Sakip.Site.Rendering;

namespace Sakip.Tests.Site;

/// <summary>The link preview card decodes as a PNG of 1200 x 630 RGB pixels with the portal's blue, the accent strip and
/// the white title where they are drawn: its rows are filtered before deflate, so a wrong filter shows as wrong pixels.</summary>
public sealed class OpenGraphImageTests
{
    [Fact]
    public void Card_decodes_to_the_drawn_pixels()
    {
        var (width, height, pixels) = Decode(OpenGraphImage.Card("BERANDA"));

        Assert.Equal((OpenGraphImage.Width, OpenGraphImage.Height), (width, height));
        byte[] Pixel(int x, int y) => pixels.AsSpan(((y * width) + x) * 3, 3).ToArray();
        Assert.Equal([0x0b, 0x3d, 0x6b], Pixel(10, 10));
        Assert.Equal([0x0b, 0x3d, 0x6b], Pixel(width - 1, 300));
        Assert.Equal([0xc5, 0x5a, 0x11], Pixel(600, height - 5));
        // The top stroke of the "S" of "SAKIP" (5 x 7 glyphs at 12 pixels a dot from x 80, y 150).
        Assert.Equal([0xff, 0xff, 0xff], Pixel(80 + 12 + 6, 150 + 6));
        Assert.Equal([0x0b, 0x3d, 0x6b], Pixel(80 + 6, 150 + 6));
    }

    /// <summary>The CRC-32 of ISO 3309 (bit by bit: the test's own, not the generator's table).</summary>
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xffffffffu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xedb88320u ^ (crc >> 1) : crc >> 1;
        }
        return crc ^ 0xffffffffu;
    }

    /// <summary>A PNG of 8-bit RGB: its chunks (each CRC checked), the IDAT stream inflated and every row unfiltered.</summary>
    private static (int Width, int Height, byte[] Pixels) Decode(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0d, 0x0a, 0x1a, 0x0a], png[..8]);
        int width = 0, height = 0;
        using var data = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            Assert.Equal(BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length)), Crc32(png.AsSpan(at + 4, length + 4)));
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at + 8));
                height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at + 12));
                Assert.Equal([8, 2, 0, 0, 0], png[(at + 16)..(at + 21)]);
            }
            if (type == "IDAT") data.Write(png, at + 8, length);
            at += length + 12;
        }
        data.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionMode.Decompress)) zlib.CopyTo(inflated);
        var raw = inflated.ToArray();
        var stride = width * 3;
        Assert.Equal((stride + 1) * height, raw.Length);
        var pixels = new byte[stride * height];
        for (var row = 0; row < height; row++)
        {
            var filter = raw[row * (stride + 1)];
            for (var i = 0; i < stride; i++)
            {
                var value = raw[(row * (stride + 1)) + 1 + i];
                var left = i >= 3 ? pixels[(row * stride) + i - 3] : 0;
                var up = row > 0 ? pixels[((row - 1) * stride) + i] : 0;
                pixels[(row * stride) + i] = filter switch
                {
                    0 => value,
                    1 => (byte)(value + left),
                    2 => (byte)(value + up),
                    _ => throw new InvalidDataException($"row {row} uses PNG filter {filter}, which this test does not decode"),
                };
            }
        }
        return (width, height, pixels);
    }
}
