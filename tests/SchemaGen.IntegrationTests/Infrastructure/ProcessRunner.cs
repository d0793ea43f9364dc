using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SchemaGen.IntegrationTests.Infrastructure;

/// <summary>The outcome of a finished process: its exit code and everything it wrote.</summary>
internal sealed record ProcessResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>The command line and its output, for exception messages.</summary>
    public string Describe() =>
        $"`{CommandLine}` exited with code {ExitCode}.{Section("stdout", StandardOutput)}{Section("stderr", StandardError)}";

    private static string Section(string title, string text) =>
        string.IsNullOrWhiteSpace(text) ? "" : $"{Environment.NewLine}--- {title} ---{Environment.NewLine}{text.TrimEnd()}";
}

/// <summary>Runs a process to completion with a hard timeout, capturing stdout and stderr.</summary>
internal static class ProcessRunner
{
    /// <summary>
    /// Runs <paramref name="fileName"/> with <paramref name="arguments"/> (passed as an argument list, no shell) and
    /// returns its result whatever the exit code. When the process outlives <paramref name="timeout"/> it is killed
    /// with its whole tree and a <see cref="TimeoutException"/> that carries the output so far is thrown.
    /// </summary>
    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IReadOnlyList<string> arguments,
        TimeSpan timeout,
        string? workingDirectory = null,
        Action<ProcessStartInfo>? configure = null)
    {
        var commandLine = string.Join(" ", arguments.Prepend(fileName).Select(Quote));
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        if (workingDirectory is not null)
        {
            startInfo.WorkingDirectory = workingDirectory;
        }

        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        configure?.Invoke(startInfo);
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);

        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"Could not start `{commandLine}`: {e.Message}", e);
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited between the timeout and the kill.
            }

            var partial = new ProcessResult(commandLine, -1, Snapshot(stdout), Snapshot(stderr));
            throw new TimeoutException(
                $"`{commandLine}` in {startInfo.WorkingDirectory} did not finish within {timeout.TotalSeconds:0} s and was killed.{Environment.NewLine}{partial.Describe()}");
        }

        // WaitForExitAsync returns once the output pipes are drained, so the captured output is complete.
        return new ProcessResult(commandLine, process.ExitCode, Snapshot(stdout), Snapshot(stderr));
    }

    /// <summary>Like <see cref="RunAsync"/>, but throws with the full output when the exit code is not 0.</summary>
    public static async Task<ProcessResult> RunCheckedAsync(
        string fileName,
        IReadOnlyList<string> arguments,
        TimeSpan timeout,
        string? workingDirectory = null)
    {
        var result = await RunAsync(fileName, arguments, timeout, workingDirectory).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(result.Describe());
        }

        return result;
    }

    /// <summary>Quotes an argument for display, the way a POSIX shell would need it.</summary>
    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:,@%+".Contains(c, StringComparison.Ordinal))
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (builder)
        {
            builder.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder builder)
    {
        lock (builder)
        {
            return builder.ToString();
        }
    }
}
