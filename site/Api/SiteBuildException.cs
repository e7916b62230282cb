namespace Sakip.Site.Api;

/// <summary>Stops the build with a message for the person running it: which request failed and why.</summary>
public sealed class SiteBuildException(string message, Exception? inner = null) : Exception(message, inner);
