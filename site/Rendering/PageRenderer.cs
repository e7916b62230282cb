using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Sakip.Site.Rendering;

/// <summary>Renders a page component to an HTML document with ASP.NET Core's <see cref="HtmlRenderer"/>.</summary>
public sealed class PageRenderer : IAsyncDisposable
{
    /// <summary>No page component asks for a service; every renderer shares the one empty provider.</summary>
    static readonly ServiceProvider Services = new ServiceCollection().BuildServiceProvider();

    readonly HtmlRenderer renderer = new(Services, NullLoggerFactory.Instance);

    public Task<string> RenderAsync(Type component, PageModel model) => renderer.Dispatcher.InvokeAsync(async () =>
    {
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = model });
        var output = await renderer.RenderComponentAsync(component, parameters);
        return "<!DOCTYPE html>\n" + output.ToHtmlString() + "\n";
    });

    public ValueTask DisposeAsync() => renderer.DisposeAsync();
}
