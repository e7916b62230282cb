using Npgsql;
using NpgsqlTypes;

namespace Sakip.Api.Data;

public static class BinaryImporterExtensions
{
    /// <summary>Writes the value, or NULL when there is none.</summary>
    public static Task WriteNullableAsync<T>(this NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, type, ct);
}
