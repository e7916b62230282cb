using System.Diagnostics;

namespace Sakip.Tests.Site;

/// <summary>Real disk failures for the publication tests. The tests run as root (CI too), and permission bits do not
/// stop root, so a folder is made unwritable with the immutable attribute (chattr +i, which stops root on ext4 and
/// tmpfs) and a full disk is a small tmpfs mounted for the test. Both are undone on dispose.</summary>
public static class DiskTrouble
{
    /// <summary>Makes a folder immutable: nothing can be created, renamed or deleted in it, not even by root.</summary>
    public static IDisposable Immutable(string path)
    {
        SetImmutable(path, true);
        return new Undo(() => SetImmutable(path, false));
    }

    /// <summary>Sets or clears the immutable attribute, for a folder that moves while it is set.</summary>
    public static void SetImmutable(string path, bool immutable) => Run("chattr", immutable ? "+i" : "-i", path);

    /// <summary>Mounts a tmpfs of the given size on an empty folder: writing past it fails with "No space left on device".</summary>
    public static IDisposable SmallDisk(string folder, long bytes)
    {
        Run("mount", "-t", "tmpfs", "-o", $"size={bytes},mode=0755", "tmpfs", folder);
        return new Undo(() => Run("umount", folder));
    }

    private static void Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{command} {string.Join(' ', arguments)} exited {process.ExitCode}: {error.Trim()} (these tests run as root, as CI does, to make real disk failures)");
    }

    private sealed class Undo(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
