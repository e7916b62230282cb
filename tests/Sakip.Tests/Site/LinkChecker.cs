using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Sakip.Tests.Site;

/// <summary>Follows every URL of every page of a built site within the output folder: href, src, action, poster,
/// srcset, the Chart.js fallback and Open Graph addresses under the base URL. Other sites' addresses are not followed;
/// /graphql, which the API serves beside the site, is allowed.</summary>
public static class LinkChecker
{
    public sealed record Report(int Pages, int Links, List<string> Broken);

    /// <summary>Paths the site links to that the API serves next to the site, not files of the output.</summary>
    private static readonly HashSet<string> ServedByTheApi = ["/graphql", "/graphql/panduan"];

    /// <summary>Pages a web server answers missing addresses with, at any depth: a relative link on them would point
    /// somewhere else under every missing address, so theirs must be absolute from /.</summary>
    public static readonly HashSet<string> ServedAtAnyDepth = ["/404.html"];

    /// <summary>Attributes holding a URL the browser follows or fetches.</summary>
    private static readonly string[] UrlAttributes = ["href", "src", "action", "poster", "data-chartjs-fallback"];

    private static readonly Uri Origin = new("http://site.invalid/");

    public static Report Check(BuiltSite site)
    {
        var documents = new Dictionary<string, IDocument?>(StringComparer.Ordinal);
        var broken = new List<string>();
        var pages = HtmlPages(site).ToList();
        var links = 0;
        foreach (var (page, file) in pages)
        {
            var document = Parse(documents, file)!;
            foreach (var (element, attribute, value) in Links(document))
            {
                links++;
                if (Check(site, documents, file, page, value) is { } problem)
                    broken.Add($"{page}: <{element.LocalName} {attribute}=\"{value}\">: {problem}");
            }
        }
        return new Report(pages.Count, links, broken);
    }

    /// <summary>Every .html file of the output with its site path: a folder's index.html is the folder path.</summary>
    public static IEnumerable<(string Path, string File)> HtmlPages(BuiltSite site) =>
        Directory.EnumerateFiles(site.Folder, "*.html", SearchOption.AllDirectories)
            .Select(file =>
            {
                var relative = "/" + Path.GetRelativePath(site.Folder, file).Replace(Path.DirectorySeparatorChar, '/');
                return (relative.EndsWith("/index.html", StringComparison.Ordinal) ? relative[..^"index.html".Length] : relative, file);
            })
            .OrderBy(p => p.Item1, StringComparer.Ordinal);

    private static IEnumerable<(IElement Element, string Attribute, string Value)> Links(IDocument document)
    {
        foreach (var element in document.All)
        {
            foreach (var attribute in UrlAttributes)
                if (element.GetAttribute(attribute) is { } value)
                    yield return (element, attribute, value);
            if (element.GetAttribute("srcset") is { } srcset)
                foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    yield return (element, "srcset", candidate.Split(' ')[0]);
            // Open Graph addresses are absolute; those under the base URL must exist too.
            if (element.LocalName == "meta" && element.GetAttribute("property") is { } property && property.StartsWith("og:", StringComparison.Ordinal)
                && element.GetAttribute("content") is { } content && Uri.IsWellFormedUriString(content, UriKind.Absolute))
                yield return (element, "content", content);
        }
    }

    /// <summary>Why a link is broken, or null when it is fine or leaves the site.</summary>
    private static string? Check(BuiltSite site, Dictionary<string, IDocument?> documents, string pageFile, string page, string value)
    {
        var reference = value.Trim();
        if (reference.Length == 0) return "empty address";
        if (ServedAtAnyDepth.Contains(page) && !reference.StartsWith('/') && !reference.StartsWith('#') && !Uri.IsWellFormedUriString(reference, UriKind.Absolute))
            return "relative address on a page served for missing addresses at any depth: make it absolute from /";
        // Absolute addresses under the base URL are the site's own (canonical, Open Graph, the permalink).
        if (reference == site.Address || reference.StartsWith(site.Address + "/", StringComparison.Ordinal)
                                      || reference.StartsWith(site.Address + "#", StringComparison.Ordinal)
                                      || reference.StartsWith(site.Address + "?", StringComparison.Ordinal))
            reference = "/" + reference[site.Address.Length..].TrimStart('/');
        if (!Uri.TryCreate(new Uri(Origin, page), reference, out var target)) return "not a valid address";
        if (target.Scheme is not ("http" or "https") || target.Authority != Origin.Authority) return null;

        var path = target.AbsolutePath;
        if (ServedByTheApi.Contains(path)) return null;
        var file = site.FileFor(path);
        if (!File.Exists(file))
            return !path.EndsWith('/') && File.Exists(site.FileFor(path + "/"))
                ? $"{path} is a folder: link to {path}/ (with the slash) so no redirect is needed"
                : $"no file {Path.GetRelativePath(site.Folder, file)} in the output";

        var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
        if (fragment.Length == 0) return null;
        if (!file.EndsWith(".html", StringComparison.Ordinal)) return $"#{fragment} points into {Path.GetFileName(file)}, which is not a page";
        var document = file == pageFile ? documents[pageFile] : Parse(documents, file);
        var found = document!.All.Any(e => e.Id == fragment || (e.LocalName == "a" && e.GetAttribute("name") == fragment));
        return found ? null : $"no element with id \"{fragment}\" on {(file == pageFile ? "this page" : path)}";
    }

    private static IDocument? Parse(Dictionary<string, IDocument?> documents, string file)
    {
        if (!documents.TryGetValue(file, out var document))
            documents[file] = document = new HtmlParser().ParseDocument(File.ReadAllText(file));
        return document;
    }
}
