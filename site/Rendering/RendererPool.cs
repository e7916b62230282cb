using System.Threading.Channels;

namespace Sakip.Site.Rendering;

/// <summary>Page renderers for rendering on several threads at once. An <see cref="Microsoft.AspNetCore.Components.Web.HtmlRenderer"/>
/// runs one render at a time on its own dispatcher and keeps every component it rendered until it is disposed, so each
/// render takes a renderer of its own from the pool, and a renderer is replaced after <see cref="PagesPerRenderer"/>
/// pages to keep memory bounded on a site of tens of thousands of pages.</summary>
public sealed class RendererPool : IAsyncDisposable
{
    const int PagesPerRenderer = 200;

    sealed class Slot
    {
        public PageRenderer? Renderer;
        public int Pages;
    }

    readonly Channel<Slot> _free;
    readonly List<Slot> _slots = [];

    public RendererPool(int size)
    {
        _free = Channel.CreateBounded<Slot>(size);
        for (var i = 0; i < size; i++)
        {
            var slot = new Slot();
            _slots.Add(slot);
            _free.Writer.TryWrite(slot);
        }
    }

    public async Task<string> RenderAsync(Type component, PageModel model, CancellationToken ct)
    {
        var slot = await _free.Reader.ReadAsync(ct);
        try
        {
            if (slot.Pages >= PagesPerRenderer && slot.Renderer is { } worn)
            {
                await worn.DisposeAsync();
                slot.Renderer = null;
                slot.Pages = 0;
            }
            slot.Renderer ??= new PageRenderer();
            slot.Pages++;
            return await slot.Renderer.RenderAsync(component, model);
        }
        finally
        {
            _free.Writer.TryWrite(slot);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var slot in _slots)
            if (slot.Renderer is { } renderer)
                await renderer.DisposeAsync();
    }
}
