using Microsoft.Playwright;
using Sakip.Tests.Infrastructure;
using Sakip.Tests.Site;

namespace Sakip.Tests.GraphQL;

/// <summary>GraphiQL at /graphql in chromium with no internet: every request to another origin is refused, yet the
/// page renders and runs a query, with no console or page error.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class GraphiQLBrowserTests(DatabaseFixture database, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string Query = "query Regions { regions { code name } }";

    // GraphiQL 3 edits with CodeMirror 5, which keeps its editor object on the element.
    private const string Editor = "selector => document.querySelector(selector + ' .CodeMirror').CodeMirror";

    [Fact]
    public async Task GraphiQL_renders_and_runs_a_query_with_every_other_origin_refused()
    {
        await using var api = KestrelApi.Start(database);
        await using var context = await chromium.Browser.NewContextAsync();
        var problems = new List<string>();
        void Report(string problem)
        {
            lock (problems) problems.Add(problem);
        }
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(api.Address + "/", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }
            Report($"request outside the API (refused, as on a machine with no internet): {route.Request.Url}");
            await route.AbortAsync("internetdisconnected");
        });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") Report($"console error: {message.Text} (at {message.Location})");
        };
        page.PageError += (_, error) => Report($"page error: {error}");
        page.RequestFailed += (_, request) => Report($"request failed: {request.Url}: {request.Failure}");

        var answer = await page.GotoAsync(api.Address + "/graphql", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.Equal(200, answer!.Status);
        var run = page.Locator("button.graphiql-execute-button");
        try
        {
            await run.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            // Say why (a refused request, "GraphiQL is not defined"), not only that it did not render.
            lock (problems) Assert.Fail("GraphiQL did not render within 15 s:\n" + string.Join("\n", problems));
        }
        await page.WaitForFunctionAsync($"() => ({Editor})('.graphiql-query-editor') !== undefined");
        await page.EvaluateAsync($"query => ({Editor})('.graphiql-query-editor').setValue(query)", Query);
        // GraphiQL takes the operation to run from the editor a moment after a change; the tab's title shows when it has.
        await page.WaitForFunctionAsync("() => document.querySelector('.graphiql-tab-active')?.textContent.includes('Regions')");
        await run.ClickAsync();
        try
        {
            await page.WaitForFunctionAsync($"() => ({Editor})('.graphiql-response').getValue().includes('\"regions\"')",
                null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            Report("no result within 15 s");
        }

        var result = await page.EvaluateAsync<string>($"() => ({Editor})('.graphiql-response').getValue()");
        lock (problems) Assert.True(problems.Count == 0, $"{string.Join("\n", problems)}\nresult pane: {result}");
        Assert.Contains("\"code\": \"63.01\"", result);
        Assert.DoesNotContain("\"errors\"", result);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        lock (problems) Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
