using GraphQL.Types;
using Sakip.Api.Data;

namespace Sakip.Api.GraphQL.Relay;

/// <summary>The Relay <c>Node</c> interface: every object with a global id can be fetched again with <c>node(id:)</c>.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global id, fetchable with `node(id:)`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the object.");
    }
}

public static class NodeTypeExtensions
{
    /// <summary>Makes a region-scoped type a <c>Node</c> whose id carries its type name, region and row id.</summary>
    public static void IsNode<T>(this ObjectGraphType<T> type) where T : RegionScoped
    {
        type.Interface<NodeInterface>();
        type.IsTypeOf = o => o is T;
        var name = type.Name;
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("Global id (for `node(id:)`).").Resolve(c => GlobalId.Of(name, c.Source));
        type.Field<NonNullGraphType<LongGraphType>>("databaseId").Description("Row id in the database table.").Resolve(c => c.Source.Id);
    }
}
