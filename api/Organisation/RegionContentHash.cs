using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Sakip.Core.Capaian;

namespace Sakip.Api.Organisation;

/// <summary>
/// The region's content hash (sidik isi wilayah): 32 hex digits of the SHA-256 of what every answer about the region is
/// made from. Its documents enter as the database's digest of their keys, row ids and content hashes (a reload gives a
/// document new row ids, so a reload by another loader changes it even for the same files).
/// </summary>
public static class RegionContentHash
{
    public static string Of(Region region, IReadOnlyList<int> statisticsYears, CapaianScale scale, string documents)
    {
        var text = string.Join('\n', region.Code, region.Name, region.Province, string.Join(',', statisticsYears), JsonSerializer.Serialize(scale), documents);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }
}
