using Sakip.Site.Api;
using Sakip.Site.Rendering;

namespace Sakip.Site.Build;

/// <summary>One page to build: its permalink, the component that renders it and how to load its model from the API.</summary>
public sealed record PageJob(string Path, Type Component, Func<GraphQLClient, CancellationToken, Task<PageModel>> Load);
