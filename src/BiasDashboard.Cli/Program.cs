using BiasDashboard.Cli;

// `bias`: the command-line face of BiasDashboard.Analysis; CliApp dispatches the commands.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

await using var stdin = Console.OpenStandardInput();
await using var stdout = Console.OpenStandardOutput();
return await CliApp.RunAsync(args, stdin, stdout, Console.Error, cancel.Token);
