using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.GraphQL;

/// <summary>
/// Clients that open connections and trickle their request (slowloris) must not starve the others: with 500 such
/// connections held open on the real server, a normal client is still answered at once.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class SlowClientTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Five_hundred_slow_connections_leave_a_normal_client_answered()
    {
        await using var api = KestrelApi.Start(fixture);
        var client = api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var uri = new Uri(api.Address);
        var slow = new List<TcpClient>();
        try
        {
            for (var i = 0; i < 500; i++)
            {
                var tcp = new TcpClient();
                await tcp.ConnectAsync(IPAddress.Loopback, uri.Port);
                // A request line and one header, never finished.
                await tcp.GetStream().WriteAsync(Encoding.ASCII.GetBytes("POST /graphql HTTP/1.1\r\nHost: localhost\r\n"));
                slow.Add(tcp);
            }

            var clock = Stopwatch.StartNew();
            using var content = new StringContent("{\"query\":\"{ regions { code } }\"}", Encoding.UTF8, "application/json");
            var answer = await client.PostAsync("/graphql", content);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"a normal request took {clock.Elapsed} beside 500 slow connections");
        }
        finally
        {
            foreach (var tcp in slow)
            {
                tcp.Dispose();
            }
        }
    }
}
