using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Api.GraphQL.Limits;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.GraphQL;

/// <summary>A document is parsed and validated once per distinct text; what depends on the request still runs every time.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class DocumentCacheTests(DatabaseFixture fixture)
{
    private const string Paged = "query($n: Int) { indicators(first: $n) { items { name } } }";

    [Fact]
    public async Task A_validated_document_is_still_costed_with_each_requests_variables()
    {
        // One page of 3 indicators costs a few fields; a page of 100 costs far more than this limit.
        await using var api = new ApiFactory(fixture, new() { ["GraphQL:MaxComplexity"] = "50" });
        var client = api.CreateGraphQLClient();

        var small = await client.SendAsync(Paged, new { n = 3 });
        Assert.True(small.Response.StatusCode == HttpStatusCode.OK && small.Errors == "", small.Body.ToString());
        var documents = api.Services.GetRequiredService<ParsedDocuments>();
        var count = documents.Count;

        var large = await client.SendAsync(Paged, new { n = 100 });
        Assert.Equal(HttpStatusCode.BadRequest, large.Response.StatusCode);
        Assert.Contains("(GraphQL:MaxComplexity)", large.Errors);
        Assert.Equal(count, documents.Count);
    }

    [Fact]
    public async Task A_document_that_fails_validation_fails_every_time()
    {
        await using var api = new ApiFactory(fixture);
        var client = api.CreateGraphQLClient();
        for (var i = 0; i < 2; i++)
        {
            var answer = await client.SendAsync("{ regions { code noSuchField } }");
            Assert.Equal(HttpStatusCode.BadRequest, answer.Response.StatusCode);
            Assert.Contains("noSuchField", answer.Errors);
        }
    }
}
