using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace Sakip.Site.Rendering.Downloads;

/// <summary>A zip of a few small parts held in memory (a workbook's), written in one pass: each part deflated on its
/// own (<see cref="Compress"/>), so parts every workbook shares are compressed once and copied as they are, and every
/// entry dated 1980-01-01, so the bytes depend only on the parts. <see cref="ZipArchive"/> can do neither: it deflates
/// at one of three levels, and in update mode (to copy parts compressed beforehand) it buffers and copies every part
/// again when it is disposed.</summary>
public static class PartZip
{
    /// <summary>A part as it goes into the zip: its name, the CRC-32 and length of its bytes, and those bytes deflated.</summary>
    public sealed record Part(string Name, uint Crc, int Length, byte[] Deflated);

    const int LocalHeader = 30;
    const int CentralHeader = 46;
    const int End = 22;
    const ushort Version = 20; // 2.0: deflate
    const ushort Deflate = 8;
    const ushort Date1980 = (1 << 5) | 1; // MS-DOS date 1980-01-01, time 00:00

    /// <summary>Deflates <paramref name="bytes"/> at zlib level <paramref name="level"/> (1 fastest to 9 smallest).</summary>
    public static Part Compress(string name, ReadOnlySpan<byte> bytes, int level)
    {
        using var deflated = new MemoryStream(bytes.Length / 3 + 64);
        using (var deflate = new DeflateStream(deflated, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true))
            deflate.Write(bytes);
        return new Part(name, Crc32.HashToUInt32(bytes), bytes.Length, deflated.ToArray());
    }

    /// <summary>The zip of <paramref name="parts"/>, in their order.</summary>
    public static byte[] Write(IReadOnlyList<Part> parts)
    {
        var names = new byte[parts.Count][];
        var size = End;
        for (var i = 0; i < parts.Count; i++)
        {
            names[i] = Encoding.ASCII.GetBytes(parts[i].Name);
            size += LocalHeader + CentralHeader + 2 * names[i].Length + parts[i].Deflated.Length;
        }
        var zip = new byte[size];
        var offsets = new int[parts.Count];
        var at = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            offsets[i] = at;
            var header = zip.AsSpan(at);
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
            Common(header[4..], parts[i], names[i]);
            at += LocalHeader;
            names[i].CopyTo(zip, at);
            at += names[i].Length;
            parts[i].Deflated.CopyTo(zip, at);
            at += parts[i].Deflated.Length;
        }
        var directory = at;
        for (var i = 0; i < parts.Count; i++)
        {
            var header = zip.AsSpan(at);
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Version); // made by: MS-DOS, 2.0
            Common(header[6..], parts[i], names[i]);
            // Comment length, disk, internal and external attributes: zero, as the array is.
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], (uint)offsets[i]);
            at += CentralHeader;
            names[i].CopyTo(zip, at);
            at += names[i].Length;
        }
        var end = zip.AsSpan(at);
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)parts.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)parts.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)(at - directory));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)directory);
        return zip;
    }

    /// <summary>The fields a local and a central header share, from "version needed" to "extra field length".</summary>
    static void Common(Span<byte> header, Part part, byte[] name)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(header, Version);
        // Flags (2 bytes) zero; the names are ASCII.
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Deflate);
        // Time (2 bytes) zero: 00:00.
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], Date1980);
        BinaryPrimitives.WriteUInt32LittleEndian(header[10..], part.Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(header[14..], (uint)part.Deflated.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[18..], (uint)part.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header[22..], (ushort)name.Length);
    }
}
