using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace SchemaGen.Tests.Infrastructure;

/// <summary>
/// A small stand-in for Verify (not on the registry here), with Verify's layout so that switching later is
/// mechanical: <c>Snapshots/&lt;Class&gt;.&lt;Method&gt;/&lt;hint&gt;.verified.cs</c>, LF line endings. A
/// mismatch writes <c>*.received.cs</c> next to it and fails with the first differing line. Accept with
/// <c>SCHEMAGEN_ACCEPT=1</c>; accepting is refused under <c>CI=true</c>, and a missing verified file fails.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string actual, string hint, [CallerFilePath] string callerFile = "", [CallerMemberName] string method = "")
    {
        var testClass = Path.GetFileNameWithoutExtension(callerFile);
        var directory = Path.Combine(SnapshotRoot(callerFile), testClass + "." + method);
        var baseName = Path.GetFileNameWithoutExtension(hint);
        var extension = Path.GetExtension(hint) is { Length: > 0 } ext ? ext : ".txt";
        var verifiedPath = Path.Combine(directory, baseName + ".verified" + extension);
        var receivedPath = Path.Combine(directory, baseName + ".received" + extension);

        actual = Normalize(actual);
        var expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (expected == actual)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        var accept = Environment.GetEnvironmentVariable("SCHEMAGEN_ACCEPT") is "1" or "true";
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Directory.CreateDirectory(directory);
        if (accept && !ci)
        {
            File.WriteAllText(verifiedPath, actual);
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        File.WriteAllText(receivedPath, actual);
        if (expected is null)
        {
            Assert.Fail($"No verified snapshot at {verifiedPath}. Review {receivedPath} and accept it with SCHEMAGEN_ACCEPT=1.");
        }

        Assert.Fail($"Snapshot {verifiedPath} differs. {FirstDifference(expected!, actual)}. Review {receivedPath}; accept with SCHEMAGEN_ACCEPT=1.");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimStart('\uFEFF');

    private static string FirstDifference(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var l = i < left.Length ? left[i] : "<end of file>";
            var r = i < right.Length ? right[i] : "<end of file>";
            if (l != r)
            {
                return $"First difference at line {i + 1}:\n  expected: {l}\n  actual:   {r}";
            }
        }

        return "They differ only in line endings";
    }

    /// <summary>
    /// The test project's Snapshots folder, found from the repository root above the test binaries: a CI build maps
    /// source paths (<c>/_/...</c>), so the caller's file path only names the test class, never the folder.
    /// </summary>
    private static string SnapshotRoot(string callerFile)
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "SchemaGen.sln")))
            {
                return Path.Combine(dir, "tests", "SchemaGen.Tests", "Snapshots");
            }
        }

        throw new InvalidOperationException("Cannot find SchemaGen.sln above " + AppContext.BaseDirectory + " (test " + callerFile + ")");
    }
}
