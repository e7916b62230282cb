using System.Buffers.Text;
using System.Text;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;

namespace Sakip.Api.GraphQL.Relay;

/// <summary>
/// Relay cursor connections over an ordered query: <c>first</c>/<c>after</c> forwards, <c>last</c>/<c>before</c>
/// backwards, at most <see cref="MaxPageSize"/> items a page (like GitHub's public API). A request over the limit is
/// refused before execution, with the limit in the message.
/// </summary>
public static class Paging
{
    public const int MaxPageSize = 100;

    public static FieldBuilder<TSource, object> PageArguments<TSource>(this FieldBuilder<TSource, object> field) => field
        .Argument<IntGraphType>("first", $"Number of items from the start (or after `after`), 0 to {MaxPageSize}; {MaxPageSize} when neither `first` nor `last` is given.",
            a => a.Validator = v => CheckSize("first", v))
        .Argument<StringGraphType>("after", "Cursor: start after this item.", a => a.Validator = v => CheckCursor("after", v))
        .Argument<IntGraphType>("last", $"Number of items from the end (or before `before`), 0 to {MaxPageSize}.",
            a => a.Validator = v => CheckSize("last", v))
        .Argument<StringGraphType>("before", "Cursor: end before this item.", a => a.Validator = v => CheckCursor("before", v));

    /// <summary>
    /// A page of <paramref name="ordered"/>; totalCount counts <paramref name="filtered"/> (the same rows before the
    /// ordering), when given, so that joins made only to order the rows are not made for every row to count them.
    /// </summary>
    public static async Task<Connection<T>> ToConnectionAsync<T>(this IQueryable<T> ordered, IResolveFieldContext context, IQueryable<T>? filtered = null)
    {
        var ct = context.CancellationToken;
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        var total = await (filtered ?? ordered).CountAsync(ct);
        var start = DecodeCursor(context.GetArgument<string?>("after")) is { } after ? after + 1 : 0;
        var end = DecodeCursor(context.GetArgument<string?>("before")) is { } before ? Math.Min(before, total) : total;
        start = Math.Min(start, end);
        if (first is null && last is null)
        {
            first = MaxPageSize;
        }
        if (first is { } f)
        {
            end = Math.Min(end, start + f);
        }
        if (last is { } l)
        {
            start = Math.Max(start, end - l);
        }
        var items = end > start ? await ordered.Skip(start).Take(end - start).ToListAsync(ct) : [];
        var edges = items.Select((item, i) => new Edge<T> { Node = item, Cursor = EncodeCursor(start + i) }).ToList();
        return new Connection<T>
        {
            TotalCount = total,
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasPreviousPage = start > 0,
                HasNextPage = end < total,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    private static void CheckSize(string name, object? value)
    {
        if (value is int size && (size < 0 || size > MaxPageSize))
        {
            throw new ArgumentException($"'{name}' must be between 0 and {MaxPageSize} (the maximum page size); it was {size}.");
        }
    }

    private static void CheckCursor(string name, object? value)
    {
        if (value is string cursor && DecodeCursor(cursor) is null)
        {
            throw new ArgumentException($"'{name}' is not a cursor of this connection: '{cursor}'.");
        }
    }

    /// <summary>Largest offset a cursor may hold: far above any connection's length, far below int overflow.</summary>
    private const int MaxOffset = 1_000_000_000;

    private static string EncodeCursor(int offset) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"offset:{offset}"));

    private static int? DecodeCursor(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 40)
        {
            return null;
        }
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            // Offsets this API issues are below the row count; a forged one near int.MaxValue must not overflow start + 1.
            return text.StartsWith("offset:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(7), out var offset) && offset is >= 0 and <= MaxOffset ? offset : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
