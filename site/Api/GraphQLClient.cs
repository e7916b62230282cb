using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sakip.Site.Api;

/// <summary>Asks the API for the site's GraphQL documents as persisted operations: <c>GET ?id=SHA-256&amp;variables=JSON</c>
/// (the API embeds the same files), so answers are cacheable by the API, a proxy or a CDN. Any transport failure,
/// non-success status or GraphQL <c>errors</c> entry becomes a <see cref="SiteBuildException"/> that names the query and
/// its variables. Safe to use from several requests at once.</summary>
public sealed class GraphQLClient(HttpClient http, Uri endpoint)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    int _requests;
    int _retries;
    string? _release;

    public Uri Endpoint { get; } = endpoint;

    /// <summary>Number of requests sent, for the build summary.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>The release (<c>extensions.release.id</c>) of the answers so far; null when the API names none.</summary>
    public string? Release => Volatile.Read(ref _release);

    /// <summary>How many times a request for the API's execution limit or its database was tried again.</summary>
    public int Retries => Volatile.Read(ref _retries);

    const int TransientAttempts = 3;

    public Task<T> QueryAsync<T>(string name, IReadOnlyDictionary<string, object?> variables, CancellationToken ct) =>
        SendAsync(name, variables, (data, what) => data.Deserialize<T>(Json) ?? throw new SiteBuildException($"The API answered {what} with empty data."), ct);

    /// <summary>The answer's <c>data</c> as the API wrote it (UTF-8 JSON), for an answer kept as it is (<see cref="Build.RegionIndexFiles"/>).</summary>
    public Task<byte[]> QueryDataAsync(string name, IReadOnlyDictionary<string, object?> variables, CancellationToken ct) =>
        SendAsync(name, variables, (data, _) => System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(data).ToArray(), ct);

    /// <summary>The variables as the request sends them.</summary>
    public static string VariablesJson(IReadOnlyDictionary<string, object?> variables) => JsonSerializer.Serialize(variables, Json);

    async Task<T> SendAsync<T>(string name, IReadOnlyDictionary<string, object?> variables, Func<JsonElement, string, T> read, CancellationToken ct)
    {
        var what = variables.Count == 0 ? name : $"{name}({string.Join(", ", variables.Select(v => $"{v.Key}: {v.Value}"))})";
        var address = new Uri($"{Endpoint}{(Endpoint.Query.Length == 0 ? "?" : "&")}id={Queries.IdOf(name)}"
                              + (variables.Count == 0 ? "" : "&variables=" + Uri.EscapeDataString(VariablesJson(variables))));
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                Interlocked.Increment(ref _requests);
                response = await http.GetAsync(address, HttpCompletionOption.ResponseContentRead, ct);
            }
            catch (HttpRequestException e)
            {
                throw new SiteBuildException($"Cannot reach the API at {Endpoint} for {what}: {e.Message}", e);
            }
            catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
            {
                throw new SiteBuildException($"The API at {Endpoint} did not answer {what} within {http.Timeout.TotalSeconds:0} s.", e);
            }

            using (response)
            {
                // The API limits requests per client; a long build waits for the window the API names, once.
                if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt == 1)
                {
                    var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(10);
                    await Task.Delay(wait, ct);
                    continue;
                }
                // A request past the API's execution limit (408) or while its database is unreachable (503) is tried
                // twice more: an API just started, busy compiling and filling its caches, timed out on a region's index
                // at 2,000 documents and answered it on the next try.
                if (response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.ServiceUnavailable && attempt < TransientAttempts)
                {
                    Interlocked.Increment(ref _retries);
                    await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(attempt), ct);
                    continue;
                }

                var bytes = await response.Content.ReadAsByteArrayAsync(ct);
                JsonDocument document;
                try
                {
                    document = JsonDocument.Parse(bytes);
                }
                catch (JsonException)
                {
                    throw new SiteBuildException(
                        $"The API at {Endpoint} answered {what} with HTTP {(int)response.StatusCode} and no GraphQL response: {Excerpt(System.Text.Encoding.UTF8.GetString(bytes))}");
                }

                using (document)
                {
                    var root = document.RootElement;
                    if (root.ValueKind != JsonValueKind.Object)
                        throw new SiteBuildException($"The API at {Endpoint} answered {what} with HTTP {(int)response.StatusCode} and no GraphQL response: {Excerpt(root.GetRawText())}");
                    if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
                        throw new SiteBuildException($"The API answered {what} with errors: {Describe(errors)}");
                    if (!response.IsSuccessStatusCode)
                        throw new SiteBuildException($"The API at {Endpoint} answered {what} with HTTP {(int)response.StatusCode}: {Excerpt(root.GetRawText())}");
                    if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
                        throw new SiteBuildException($"The API answered {what} without data.");
                    CheckRelease(root, what);
                    return read(data, what);
                }
            }
        }
    }

    /// <summary>Every answer of one build must come from the same release: pages rendered from two releases would
    /// contradict each other, so a load that lands during the build stops it (the next build sees the new release).</summary>
    void CheckRelease(JsonElement root, string what)
    {
        if (!root.TryGetProperty("extensions", out var extensions) || extensions.ValueKind != JsonValueKind.Object
            || !extensions.TryGetProperty("release", out var release) || release.ValueKind != JsonValueKind.Object
            || !release.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
            return;
        var current = id.GetString()!;
        var first = Interlocked.CompareExchange(ref _release, current, null);
        if (first is not null && first != current)
            throw new SiteBuildException($"The API's data changed during the build: {what} came from release {current}, earlier answers from {first}. Build again.");
    }

    static string Describe(JsonElement errors) => string.Join("; ", errors.EnumerateArray().Select(e =>
    {
        var message = e.TryGetProperty("message", out var m) ? m.GetString() : e.GetRawText();
        var path = e.TryGetProperty("path", out var p) ? " at " + string.Join('.', p.EnumerateArray().Select(x => x.ToString())) : "";
        return message + path;
    }));

    static string Excerpt(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
