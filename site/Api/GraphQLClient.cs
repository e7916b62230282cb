using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sakip.Site.Api;

/// <summary>Posts the pages' GraphQL documents to the API. Any transport failure, non-success status or GraphQL
/// <c>errors</c> entry becomes a <see cref="SiteBuildException"/> that names the query and its variables.</summary>
public sealed class GraphQLClient(HttpClient http, Uri endpoint)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public Uri Endpoint { get; } = endpoint;

    /// <summary>Number of requests sent, for the build summary.</summary>
    public int Requests { get; private set; }

    public async Task<T> QueryAsync<T>(string name, IReadOnlyDictionary<string, object?> variables, CancellationToken ct)
    {
        var what = variables.Count == 0 ? name : $"{name}({string.Join(", ", variables.Select(v => $"{v.Key}: {v.Value}"))})";
        var body = new { query = Queries.For(name), operationName = (string?)null, variables };
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                Requests++;
                response = await http.PostAsJsonAsync(Endpoint, body, Json, ct);
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

                var text = await response.Content.ReadAsStringAsync(ct);
                JsonDocument document;
                try
                {
                    document = JsonDocument.Parse(text);
                }
                catch (JsonException)
                {
                    throw new SiteBuildException(
                        $"The API at {Endpoint} answered {what} with HTTP {(int)response.StatusCode} and no GraphQL response: {Excerpt(text)}");
                }

                using (document)
                {
                    var root = document.RootElement;
                    if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
                        throw new SiteBuildException($"The API answered {what} with errors: {Describe(errors)}");
                    if (!response.IsSuccessStatusCode)
                        throw new SiteBuildException($"The API at {Endpoint} answered {what} with HTTP {(int)response.StatusCode}: {Excerpt(text)}");
                    if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
                        throw new SiteBuildException($"The API answered {what} without data.");
                    return data.Deserialize<T>(Json) ?? throw new SiteBuildException($"The API answered {what} with empty data.");
                }
            }
        }
    }

    static string Describe(JsonElement errors) => string.Join("; ", errors.EnumerateArray().Select(e =>
    {
        var message = e.TryGetProperty("message", out var m) ? m.GetString() : e.GetRawText();
        var path = e.TryGetProperty("path", out var p) ? " at " + string.Join('.', p.EnumerateArray().Select(x => x.ToString())) : "";
        return message + path;
    }));

    static string Excerpt(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
