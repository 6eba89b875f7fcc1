namespace BiasDashboard.Cli;

/// <summary>Process exit codes of <c>bias</c>.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The run finished, but some input (a line, a file) was refused; stderr names each one.</summary>
    public const int SomeInputFailed = 1;

    /// <summary>Bad arguments, or nothing could be read at all.</summary>
    public const int Usage = 2;
}
