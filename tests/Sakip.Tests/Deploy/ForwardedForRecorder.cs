using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Sakip.Tests.Deploy;

/// <summary>Notes, in the API, the X-Forwarded-For header of each request that carries an X-Test-Mark header, so a test
/// can see what nginx passed on for the request it sent.</summary>
public sealed class ForwardedForRecorder : IStartupFilter
{
    public const string MarkHeader = "X-Test-Mark";

    public ConcurrentDictionary<string, string> ForwardedFor { get; } = new();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers[MarkHeader] is [{ } mark])
            {
                ForwardedFor[mark] = context.Request.Headers["X-Forwarded-For"].ToString();
            }
            return nextMiddleware(context);
        });
        next(app);
    };
}
