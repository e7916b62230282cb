using GraphQL.Types;
using Sakip.Core.Numbers;

namespace Sakip.Api.GraphQL;

/// <summary>
/// The schema's Decimal, in place of GraphQL.NET's own: a figure is written with the digits it has, without the
/// trailing zeros of the column it is stored in (75695, not 75695.0000; a cap of 100, not 100.0). Never rounded.
/// </summary>
public sealed class PlainDecimalGraphType : DecimalGraphType
{
    public PlainDecimalGraphType()
    {
        Name = "Decimal";
        Description = "A decimal number, exact (never floating point), written without trailing zeros: 75695, 41.42, 4712818176.";
    }

    public override object? Serialize(object? value) => base.Serialize(value) is decimal d ? PlainDecimal.Trim(d) : base.Serialize(value);
}
