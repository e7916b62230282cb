using System.Diagnostics;

namespace Sakip.Api.Hosting;

/// <summary>
/// Records which process runs the embedded cluster, so a second process (a reconcile command next to a running
/// API) uses it without stopping it, while a cluster whose owner was killed is adopted and stopped at the end.
/// </summary>
public static class ClusterOwnership
{
    public static bool TryClaim(string dataDirectory)
    {
        var file = Path.Combine(dataDirectory, "owner.pid");
        if (File.Exists(file) && int.TryParse(File.ReadAllText(file).Trim(), out var pid) && pid != Environment.ProcessId && IsAlive(pid))
        {
            return false;
        }
        File.WriteAllText(file, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }

    public static void Release(string dataDirectory)
    {
        var file = Path.Combine(dataDirectory, "owner.pid");
        if (File.Exists(file) && File.ReadAllText(file).Trim() == Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            File.Delete(file);
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
