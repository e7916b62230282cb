namespace Sakip.Api.Releases;

/// <summary>
/// What is loaded: each load of the seed that changed anything is a release. Its id is a hash of the loaded documents'
/// content hashes and of the loader that stored them (the same files loaded by another importer store other rows), so
/// equal ids mean equal data: answers, caches and HTTP validators are keyed on it.
/// </summary>
public sealed record Release(string Id, DateTimeOffset LoadedAt, int Documents, int Findings, int DocumentsLoaded, int DocumentsRemoved);
