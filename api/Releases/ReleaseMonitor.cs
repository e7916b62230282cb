using System.Security.Cryptography;
using System.Text;
using Npgsql;
using Sakip.Api.Hosting;

namespace Sakip.Api.Releases;

/// <summary>
/// The release the database holds, read at most once per <see cref="CheckInterval"/> (one indexed row), so a load by
/// another process is served within that interval and no request pays for the check. Callers arriving while a read
/// runs wait for it; a failed read is not kept.
/// </summary>
public sealed class ReleaseMonitor(DatabaseDataSources dataSources, TimeProvider time)
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    private readonly Lock _lock = new();
    private Task<Release?>? _current;
    private DateTimeOffset _readAt;

    public Task<Release?> CurrentAsync(CancellationToken ct)
    {
        Task<Release?> task;
        lock (_lock)
        {
            if (_current is null || _current.IsFaulted || _current.IsCanceled
                || _current.IsCompleted && time.GetUtcNow() - _readAt >= CheckInterval)
            {
                _readAt = time.GetUtcNow();
                _current = ReadAsync();
            }
            task = _current;
        }
        return task.WaitAsync(ct);
    }

    private async Task<Release?> ReadAsync()
    {
        await using var command = dataSources.Reads.CreateCommand(
            "SELECT content_hash, loader, loaded_at, documents, findings, documents_loaded, documents_removed FROM seed_loads ORDER BY id DESC LIMIT 1");
        await using var reader = await command.ExecuteReaderAsync(CancellationToken.None);
        if (!await reader.ReadAsync(CancellationToken.None))
        {
            return null;
        }
        return new Release(Id(reader.GetString(0), reader.GetString(1)), reader.GetFieldValue<DateTimeOffset>(2), reader.GetInt32(3), reader.GetInt32(4),
            reader.GetInt32(5), reader.GetInt32(6));
    }

    /// <summary>16 hex digits of the SHA-256 of the documents' set hash and the loader: short enough for a header, long enough never to collide.</summary>
    public static string Id(string contentHash, string loader) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(contentHash + "\n" + loader)))[..16];
}
