using System.Security.Cryptography;
using Sakip.Site.Api;

namespace Sakip.Site.Build;

/// <summary>Chart.js, pinned: pages load it from the CDN with this SRI hash and fall back to a same-origin copy that
/// the build takes from the npm package (site/package-lock.json pins the same version).</summary>
public static class ChartJs
{
    public const string Version = "4.6.1";
    public const string CdnUrl = "https://cdn.jsdelivr.net/npm/chart.js@" + Version + "/dist/chart.umd.min.js";
    public const string Integrity = "sha384-Emf5ZVIUiarAdhkgtqK+5/Z5qIvM6QoVrS+qAVtfyZVuD5lIHrac0me485+Antp0";
    public const string LocalPath = "/assets/vendor/chart.umd.min.js";

    /// <summary>The npm copy next to the generator, checked against the pinned hash so the fallback is the CDN's file.</summary>
    public static (byte[] Script, byte[] License) LocalCopy()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "vendor");
        var script = Path.Combine(folder, "chart.umd.min.js");
        if (!File.Exists(script))
            throw new SiteBuildException($"The Chart.js copy {script} is missing: build the generator with npm on the PATH (it runs npm ci in site/).");
        var bytes = File.ReadAllBytes(script);
        var hash = "sha384-" + Convert.ToBase64String(SHA384.HashData(bytes));
        if (hash != Integrity)
            throw new SiteBuildException($"The Chart.js copy {script} has hash {hash}, not the pinned {Integrity}: site/package.json and ChartJs.Version disagree.");
        return (bytes, File.ReadAllBytes(Path.Combine(folder, "chart.js.LICENSE.md")));
    }
}
