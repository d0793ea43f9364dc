using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SchemaGen.IntegrationTests.Infrastructure;

/// <summary>
/// Finds a PostgreSQL installation's <c>initdb</c> and <c>pg_ctl</c>: in the directory named by
/// <c>SCHEMAGEN_PG_BIN</c> when that is set (and nowhere else), otherwise on <c>PATH</c>, then under
/// <c>/usr/lib/postgresql/*/bin</c> (Debian/Ubuntu layout), highest major version first.
/// </summary>
internal sealed record PostgresBinaries(string BinDirectory, string InitDb, string PgCtl)
{
    /// <summary>Overrides the search with one directory (used to check the "no PostgreSQL" message).</summary>
    public const string BinDirectoryVariable = "SCHEMAGEN_PG_BIN";

    private const string DebianRoot = "/usr/lib/postgresql";

    /// <summary>Returns the binaries, or <see langword="null"/> with the list of places that were searched.</summary>
    public static PostgresBinaries? Find(out IReadOnlyList<string> searched)
    {
        var candidates = CandidateDirectories().Distinct(StringComparer.Ordinal).ToList();
        searched = candidates;
        foreach (var directory in candidates)
        {
            var initDb = Path.Combine(directory, "initdb");
            var pgCtl = Path.Combine(directory, "pg_ctl");
            if (!File.Exists(initDb) || !File.Exists(pgCtl))
            {
                continue;
            }

            // PATH often holds symlinks (/usr/local/bin/initdb -> /usr/lib/postgresql/15/bin/initdb). Use the real
            // directory so initdb, pg_ctl and the postgres server they start all come from one installation.
            var realDirectory = Path.GetDirectoryName(ResolveLinks(initDb)) ?? directory;
            var realInitDb = Path.Combine(realDirectory, "initdb");
            var realPgCtl = Path.Combine(realDirectory, "pg_ctl");
            return File.Exists(realInitDb) && File.Exists(realPgCtl)
                ? new PostgresBinaries(realDirectory, realInitDb, realPgCtl)
                : new PostgresBinaries(directory, initDb, pgCtl);
        }

        return null;
    }

    private static IEnumerable<string> CandidateDirectories()
    {
        var overrideDirectory = Environment.GetEnvironmentVariable(BinDirectoryVariable);
        if (!string.IsNullOrEmpty(overrideDirectory))
        {
            yield return overrideDirectory;
            yield break;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var entry in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return entry;
        }

        if (!Directory.Exists(DebianRoot))
        {
            yield break;
        }

        var versions = Directory.GetDirectories(DebianRoot)
            .Select(dir => (Dir: dir, Version: ParseVersion(Path.GetFileName(dir))))
            .OrderByDescending(v => v.Version)
            .ThenByDescending(v => v.Dir, StringComparer.Ordinal);
        foreach (var (dir, _) in versions)
        {
            yield return Path.Combine(dir, "bin");
        }
    }

    private static Version ParseVersion(string name) =>
        Version.TryParse(name.Contains('.', StringComparison.Ordinal) ? name : name + ".0", out var version) ? version : new Version(0, 0);

    private static string ResolveLinks(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        }
        catch (IOException)
        {
            return path;
        }
        catch (UnauthorizedAccessException)
        {
            return path;
        }
    }
}
