namespace Sakip.Site.Rendering.Downloads;

/// <summary>The licence the downloads are published under, as datapackage.json, the workbooks and the data page state
/// it. CC BY 4.0 by default; a deployment's own licence (configurable site options) replaces <see cref="Default"/>.</summary>
public sealed record OpenDataLicense(string Name, string Title, string Url)
{
    public static readonly OpenDataLicense Default =
        new("CC-BY-4.0", "Creative Commons Atribusi 4.0 Internasional (CC BY 4.0)", "https://creativecommons.org/licenses/by/4.0/deed.id");
}
