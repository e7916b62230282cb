using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Sakip.Site.Publishing;

/// <summary>rename(2) and renameat2(2) themselves: .NET's File.Move refuses a symbolic link to a folder as its source
/// and Directory.Move never replaces, but publishing needs the one atomic step the kernel offers, replacing the
/// output's symbolic link with another (or swapping a plain folder with one).</summary>
static partial class Rename
{
    const int AtCurrentDirectory = -100;
    const uint Exchange = 2;
    const int NotSupported = 22, NoSuchCall = 38; // EINVAL, ENOSYS: the file system or kernel cannot exchange

    /// <summary>Moves <paramref name="from"/> to <paramref name="to"/>, atomically replacing what is there unless it is a
    /// folder.</summary>
    public static void Replace(string from, string to)
    {
        if (rename(from, to) != 0) throw Failure(to);
    }

    /// <summary>Swaps two paths in one step; false when the file system cannot (then nothing moved).</summary>
    public static bool TryExchange(string a, string b)
    {
        if (renameat2(AtCurrentDirectory, a, AtCurrentDirectory, b, Exchange) == 0) return true;
        var error = Marshal.GetLastPInvokeError();
        if (error is NotSupported or NoSuchCall) return false;
        throw Failure(b, error);
    }

    static IOException Failure(string path, int? error = null) =>
        new($"{new Win32Exception(error ?? Marshal.GetLastPInvokeError()).Message} : '{path}'");

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int rename(string oldpath, string newpath);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int renameat2(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);
}
