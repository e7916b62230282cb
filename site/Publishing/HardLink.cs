using System.Runtime.InteropServices;

namespace Sakip.Site.Publishing;

/// <summary>link(2), which .NET does not offer: a file the new build has unchanged is the previous build's file under a
/// second name, so it costs neither a write nor disk space and keeps its date. Build folders are written once and never
/// changed in place, so sharing a file between two of them is safe.</summary>
static partial class HardLink
{
    /// <summary>Gives <paramref name="existing"/> the second name <paramref name="name"/>; false when the file system
    /// refuses (another device, no hard links, an immutable file), and the caller writes a copy instead.</summary>
    public static bool TryCreate(string existing, string name) => link(existing, name) == 0;

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int link(string oldpath, string newpath);
}
