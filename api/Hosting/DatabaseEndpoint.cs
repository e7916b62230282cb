namespace Sakip.Api.Hosting;

/// <summary>The database the process uses, and the embedded cluster behind it when there is one.</summary>
public sealed class DatabaseEndpoint(string connectionString, EmbeddedPostgres? embedded, bool ownsEmbedded)
{
    public string ConnectionString { get; } = connectionString;
    public EmbeddedPostgres? Embedded { get; } = embedded;

    /// <summary>Whether this process stops the embedded cluster when it ends (it started or adopted it).</summary>
    public bool OwnsEmbedded { get; } = ownsEmbedded;
}
