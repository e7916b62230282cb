using System.Buffers.Text;
using System.Text;
using Sakip.Api.Data;

namespace Sakip.Api.GraphQL.Relay;

/// <summary>
/// Global object ids (Relay): the type name, region and row id, base64url-encoded, so that any object can be
/// fetched again with <c>node(id:)</c> and the region travels with it (the key tables are sharded by).
/// </summary>
public readonly record struct GlobalId(string Type, int RegionId, long Id)
{
    public override string ToString() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Type}:{RegionId}:{Id}"));

    public static string Of(string type, RegionScoped entity) => new GlobalId(type, entity.RegionId, entity.Id).ToString();

    public static bool TryParse(string? text, out GlobalId id)
    {
        id = default;
        if (string.IsNullOrEmpty(text) || text.Length > 200)
        {
            return false;
        }
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split(':');
            if (parts.Length == 3 && parts[0].Length > 0 && int.TryParse(parts[1], out var region) && long.TryParse(parts[2], out var row))
            {
                id = new GlobalId(parts[0], region, row);
                return true;
            }
        }
        catch (FormatException)
        {
        }
        return false;
    }

    /// <summary>Parses an id argument of the given type, or explains what is wrong with it.</summary>
    public static GlobalId Parse(string argument, string? text, string expectedType)
    {
        if (!TryParse(text, out var id))
        {
            throw new global::GraphQL.ExecutionError($"Argument '{argument}' is not an id this API issued: '{text}'.");
        }
        if (id.Type != expectedType)
        {
            throw new global::GraphQL.ExecutionError($"Argument '{argument}' must be the id of a {expectedType}, not of a {id.Type}.");
        }
        return id;
    }
}
