using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SchemaGen.IntegrationTests.Infrastructure;
using Xunit;

namespace SchemaGen.PackageTests.Harness;

/// <summary>
/// Runs the <c>dotnet</c> CLI as a child process with a hard timeout and captures what it writes. The child gets a clean
/// environment: no MSBuild variables inherited from the <c>dotnet test</c> that runs these tests, English messages, no
/// telemetry, and no build servers left running after it.
/// </summary>
internal static class Dotnet
{
    /// <summary>A restore plus a build of a few small projects takes 5-40 s here; this is the give-up point.</summary>
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(4);

    /// <summary>For commands that do not compile (<c>run --no-build</c>, <c>nuget locals</c>).</summary>
    public static readonly TimeSpan ShortTimeout = TimeSpan.FromMinutes(1);

    private static readonly Lazy<string> Executable = new(FindExecutable);

    /// <summary>
    /// <c>dotnet build</c> of <paramref name="project"/> (a project or solution file relative to
    /// <paramref name="workingDirectory"/>, or <see langword="null"/> for the only one there), with the classic console
    /// logger so that every diagnostic is one <c>file(line,col): severity ID: message</c> line.
    /// </summary>
    public static Task<ProcessResult> BuildAsync(string workingDirectory, string? project = null) =>
        RunAsync(
            workingDirectory,
            BuildTimeout,
            ["build", .. project is null ? Array.Empty<string>() : [project], "--disable-build-servers", "-tl:off", "-nologo"]);

    /// <summary>
    /// Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>, with
    /// <paramref name="environment"/> added to its environment (for values that must not appear in the logged command
    /// line, such as a connection string).
    /// </summary>
    public static async Task<ProcessResult> RunAsync(
        string workingDirectory,
        TimeSpan timeout,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = await ProcessRunner.RunAsync(Executable.Value, arguments, timeout, workingDirectory, startInfo =>
        {
            // `dotnet test` runs this test host with MSBuild's own variables set (MSBuildExtensionsPath, MSBuildSDKsPath,
            // MSBUILD_EXE_PATH, ...). A child build must find its SDK the way a developer's would.
            foreach (var name in startInfo.Environment.Keys.Where(IsInheritedBuildVariable).ToList())
            {
                startInfo.Environment.Remove(name);
            }

            startInfo.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
            startInfo.Environment["DOTNET_NOLOGO"] = "1";
            startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            startInfo.Environment["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "1";
            startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            {
                startInfo.Environment[name] = value;
            }
        }).ConfigureAwait(false);
        Log($"`{result.CommandLine}` in {workingDirectory}: exit {result.ExitCode} after {stopwatch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
        return result;
    }

    /// <summary>Like <see cref="RunAsync"/>, but fails with the whole output when the exit code is not 0.</summary>
    public static async Task<ProcessResult> RunCheckedAsync(
        string workingDirectory,
        TimeSpan timeout,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var result = await RunAsync(workingDirectory, timeout, arguments, environment).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(result.Describe());
        }

        return result;
    }

    /// <summary>A line for the test output (and the diagnostic messages of the runner), from a test or a fixture.</summary>
    public static void Log(string message)
    {
        var context = TestContext.Current;
        if (context.TestOutputHelper is { } output)
        {
            output.WriteLine(message);
        }
        else
        {
            context.SendDiagnosticMessage(message);
        }
    }

    private static bool IsInheritedBuildVariable(string name) =>
        name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
        || name.Equals("MSBUILD_EXE_PATH", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("_MSBuild", StringComparison.OrdinalIgnoreCase);

    /// <summary>The <c>dotnet</c> that runs these tests (<c>DOTNET_HOST_PATH</c>), else the first one on <c>PATH</c>.</summary>
    private static string FindExecutable()
    {
        var fileName = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return fileName;
    }
}
