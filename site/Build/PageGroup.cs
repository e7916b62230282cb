using System.Text.Json;
using Sakip.Site.Api;
using Sakip.Site.Rendering;

namespace Sakip.Site.Build;

/// <summary>A page of the plan: its permalink and the component that renders it.</summary>
public sealed record PagePlan(string Path, Type Component);

/// <summary>Pages fed by the same few API requests (an agency's pages, a region's, the site-wide ones): loaded,
/// rendered and skipped together. <see cref="Inputs"/> hashes everything the answers depend on, so a group whose
/// inputs hash as in the previous build is carried over without a request. <see cref="Region"/> is the code of the region
/// whose pages these are (null for the site-wide pages): its bulk download holds their tables, unless
/// <see cref="Bulk"/> is false (the comparison pages, whose rows are the regions' own pages' figures).</summary>
public sealed record PageGroup(string Key, string Inputs, IReadOnlyList<PagePlan> Pages, Func<GraphQLClient, CancellationToken, Task<GroupAnswer>> Load,
    string? Region = null, bool Bulk = true);

/// <summary>A group's pages, built from its answers, the part of them the home page shows (null for none), and files
/// the build keeps for itself beside them (paths from the site's root, recorded with the group's first page).</summary>
public sealed record GroupAnswer(IReadOnlyList<PageModel> Pages, JsonElement? Headline, IReadOnlyList<(string Path, byte[] Bytes)>? Files = null);
