using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Sakip.Site.Api;

namespace Sakip.Site.Build;

/// <summary>Hashes of what pages are made from. A page's bytes depend on the generator (its code and templates), the
/// options (the base URL is in every page) and the API's answers; the answers of a group of pages depend only on the
/// documents its part of the index lists (their content hashes, keys, titles, years) and its region's names and capaian
/// scale. Row ids are left out: a reload gives rows new ids without changing what any page shows.</summary>
public static class BuildInputs
{
    static readonly JsonSerializerOptions WithoutIds = new(GraphQLClient.Json)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    if (info.Kind != JsonTypeInfoKind.Object) return;
                    // A region's content hash changes with any of its documents; its agencies' pages hash their own.
                    for (var i = info.Properties.Count - 1; i >= 0; i--)
                        if (info.Properties[i].Name == "id" || info.Type == typeof(IndexRegion) && info.Properties[i].Name == "contentHash") info.Properties.RemoveAt(i);
                },
            },
        },
    };

    /// <summary>The build's key: the generator's version and the options that change pages. Another key renders every page.</summary>
    public static string Key(SiteOptions options) =>
        Hash("sakip-site", GeneratorVersion, options.BaseUrl, options.Publisher, options.Contact ?? "", options.License, options.LicenseUrl);

    /// <summary>The generator's own assemblies' module version ids, which a compiler changes with any change of code
    /// or Razor template (and only then, builds being deterministic).</summary>
    public static readonly string GeneratorVersion = ComputeVersion();

    public static string Hash(params object?[] parts)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            sha.AppendData(part is string text ? JsonSerializer.SerializeToUtf8Bytes(text) : JsonSerializer.SerializeToUtf8Bytes(part, WithoutIds));
            sha.AppendData("\n"u8);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..32];
    }

    static string ComputeVersion()
    {
        var site = typeof(BuildInputs).Assembly;
        var folder = Path.GetDirectoryName(site.Location);
        var own = site.GetReferencedAssemblies().Select(Load).OfType<Assembly>()
            .Where(a => !a.IsDynamic && a.Location.Length > 0 && Path.GetDirectoryName(a.Location) == folder && !IsFramework(a));
        return string.Join(",", new[] { site }.Concat(own).Select(a => a.ManifestModule.ModuleVersionId.ToString("N")).Order(StringComparer.Ordinal));
    }

    static Assembly? Load(AssemblyName name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }

    static bool IsFramework(Assembly assembly) =>
        assembly.GetName().Name is { } n && (n.StartsWith("System", StringComparison.Ordinal) || n.StartsWith("Microsoft", StringComparison.Ordinal));
}
