using Sakip.Site.Build;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
return await SiteCommand.RunAsync(args, Console.Out, Console.Error, ct: cancel.Token);
