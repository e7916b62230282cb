using System.Text.RegularExpressions;
using Sakip.Api.GraphQL;

namespace Sakip.Api.Organisation;

/// <summary>
/// A Kemendagri region code as an analyst may write it: with dots as the API stores it ("63.01") or with dashes as
/// the portal's addresses write it ("63-01"). Anything else is refused with a hint, never answered with a silent null.
/// </summary>
public static partial class RegionCodes
{
    public const string Hint = "Tulis kode wilayah Kemendagri dengan titik atau tanda hubung: \"63.01\" atau \"63-01\" (write the region code as 63.01 or 63-01).";

    /// <summary>The code in the stored spelling ("63.01"); an <see cref="ExecutionError"/> with a hint when it is no region code at all.</summary>
    public static string Normalize(string argument, string code)
    {
        var dotted = code.Trim().Replace('-', '.');
        return Code().IsMatch(dotted) ? dotted : throw new HintedArgumentError(
            $"Argument '{argument}' is not a Kemendagri region code: '{code}'. Write it as \"63.01\" (or \"63-01\", as in the portal's addresses).", Hint);
    }

    // The regions table's check constraint (ck_regions_code): two digits, then one to three groups of two.
    [GeneratedRegex(@"^[0-9]{2}(\.[0-9]{2}){1,3}$")]
    private static partial Regex Code();
}
