using System.Text.RegularExpressions;
using Sakip.Api.Hosting;

namespace Sakip.Tests.Deploy;

/// <summary>deploy/nginx.conf read as text: it sends the site's security headers with exactly the values the API sends
/// (<see cref="SecurityHeaders.ForSitePages"/>), on error answers too.</summary>
public sealed partial class NginxConfigTests
{
    [GeneratedRegex("""^\s*add_header\s+(?<name>[A-Za-z-]+)\s+"(?<value>[^"]*)"(?<always>\s+always)?\s*;""", RegexOptions.Multiline)]
    private static partial Regex AddHeader();

    private static readonly string Config = File.ReadAllText(NginxServer.ShippedConfigPath);

    /// <summary>The text of the block that starts with <paramref name="opening"/>, braces balanced.</summary>
    private static string Block(string opening)
    {
        var start = Config.IndexOf(opening, StringComparison.Ordinal);
        Assert.True(start >= 0, $"deploy/nginx.conf has no '{opening}'");
        var depth = 0;
        for (var i = Config.IndexOf('{', start); i < Config.Length; i++)
        {
            depth += Config[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0) return Config[start..(i + 1)];
        }
        throw new InvalidOperationException($"'{opening}' is not closed");
    }

    [Fact]
    public void The_site_location_sends_the_same_security_headers_as_the_API_even_on_errors()
    {
        var headers = AddHeader().Matches(Block("location / {")).ToList();
        var security = headers.Where(h => h.Groups["name"].Value != "Cache-Control")
            .Select(h => new KeyValuePair<string, string>(h.Groups["name"].Value, h.Groups["value"].Value))
            .ToList();

        Assert.Equal(SecurityHeaders.ForSitePages, security);
        Assert.All(headers, h => Assert.True(h.Groups["always"].Success, $"add_header {h.Groups["name"].Value} lacks 'always': a 404 would go without it"));
    }

    [Fact]
    public void No_add_header_sits_where_a_location_would_silently_drop_it()
    {
        // A location with an add_header of its own inherits none from the server block, so all of them live in locations.
        var server = Block("server {");
        var outsideLocations = server;
        foreach (Match location in Regex.Matches(server, @"location\s[^{]*\{"))
            outsideLocations = outsideLocations.Replace(Block(location.Value), "");
        Assert.Empty(AddHeader().Matches(outsideLocations));
    }
}
