using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Xml.Linq;
using SchemaGen.PackageTests.Harness;
using Xunit;

[assembly: AssemblyFixture(typeof(SchemaGenPackage))]

namespace SchemaGen.PackageTests.Harness;

/// <summary>
/// The SchemaGen package under test, packed once per test run: <c>dotnet pack src/SchemaGen -c Release
/// --version-suffix test.&lt;UTC time&gt;.&lt;process id&gt;</c> writes <c>packages/SchemaGen.&lt;version&gt;.nupkg</c>
/// into the repository's local package folder. The version is new on every run, so NuGet's global packages folder
/// (<c>~/.nuget/packages/schemagen/</c>) never serves a package from an earlier run, and concurrent runs do not meet.
/// When the run ends, the nupkg and the version's folder in the global packages folder are deleted.
/// </summary>
public sealed partial class SchemaGenPackage : IAsyncLifetime
{
    /// <summary>Set to 1 to keep the test package and the consumer directories after the run, for a look at them.</summary>
    public const string KeepVariable = "SCHEMAGEN_KEEP_PACKAGE_TESTS";

    /// <summary>The repository root (the directory of <c>SchemaGen.sln</c>).</summary>
    public string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The repository's local package folder, the one <c>nuget.config</c> adds as a source.</summary>
    public string PackagesDirectory => Path.Combine(RepositoryRoot, "packages");

    /// <summary>The package version, e.g. <c>0.1.0-test.20250101120000.4242</c>.</summary>
    public string Version { get; private set; } = "";

    /// <summary>The full path of the nupkg.</summary>
    public string PackagePath { get; private set; } = "";

    /// <summary>Where NuGet extracts packages on this machine (<c>dotnet nuget locals global-packages --list</c>).</summary>
    public string GlobalPackagesDirectory { get; private set; } = "";

    /// <summary>Whether the run keeps what it created (see <see cref="KeepVariable"/>).</summary>
    public static bool Keep => Environment.GetEnvironmentVariable(KeepVariable) == "1";

    /// <inheritdoc/>
    public async ValueTask InitializeAsync()
    {
        var suffix = string.Create(
            CultureInfo.InvariantCulture,
            $"test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}");
        var pack = await Dotnet.RunCheckedAsync(
            RepositoryRoot,
            Dotnet.BuildTimeout,
            ["pack", Path.Combine("src", "SchemaGen", "SchemaGen.csproj"), "-c", "Release", "--version-suffix", suffix,
             "--disable-build-servers", "-tl:off", "-nologo"]).ConfigureAwait(false);

        var created = CreatedPackage().Match(pack.StandardOutput);
        if (!created.Success)
        {
            throw new InvalidOperationException("`dotnet pack` did not say which package it created." + Environment.NewLine + pack.Describe());
        }

        PackagePath = created.Groups["path"].Value.Trim();
        if (!string.Equals(Path.GetDirectoryName(PackagePath), PackagesDirectory, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"`dotnet pack` wrote {PackagePath}, not into the repository's package folder {PackagesDirectory}.");
        }

        Version = ReadNuspec().Root!.Elements().Single(e => e.Name.LocalName == "metadata")
            .Elements().Single(e => e.Name.LocalName == "version").Value;
        if (!Version.EndsWith("-" + suffix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The package version {Version} does not end in the suffix -{suffix} that the tests asked for.");
        }

        var locals = await Dotnet.RunCheckedAsync(RepositoryRoot, Dotnet.ShortTimeout, ["nuget", "locals", "global-packages", "--list"])
            .ConfigureAwait(false);
        var folder = GlobalPackagesFolder().Match(locals.StandardOutput);
        GlobalPackagesDirectory = folder.Success ? folder.Groups["path"].Value.Trim() : "";
        Dotnet.Log($"SchemaGenPackage: {PackagePath} (global packages folder: {GlobalPackagesDirectory})");
    }

    /// <summary>The nuspec of the package.</summary>
    public XDocument ReadNuspec()
    {
        using var archive = ZipFile.OpenRead(PackagePath);
        using var stream = archive.GetEntry("SchemaGen.nuspec")?.Open()
            ?? throw new InvalidOperationException($"{PackagePath} has no SchemaGen.nuspec.");
        return XDocument.Load(stream);
    }

    /// <summary>The bytes of one file of the package.</summary>
    public byte[] ReadEntry(string path)
    {
        using var archive = ZipFile.OpenRead(PackagePath);
        var entry = archive.GetEntry(path) ?? throw new InvalidOperationException($"{PackagePath} has no {path}.");
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>The paths of the files in the package, without the OPC bookkeeping NuGet adds to every package.</summary>
    public string[] ListEntries()
    {
        using var archive = ZipFile.OpenRead(PackagePath);
        return archive.Entries
            .Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal)
                && !name.StartsWith("package/services/", StringComparison.Ordinal)
                && name != "[Content_Types].xml")
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        if (Keep)
        {
            return ValueTask.CompletedTask;
        }

        if (PackagePath.Length > 0)
        {
            File.Delete(PackagePath);
        }

        // Only this run's version: other runs (and other versions of SchemaGen) may be using theirs.
        if (GlobalPackagesDirectory.Length > 0 && Version.Length > 0)
        {
            var extracted = Path.Combine(GlobalPackagesDirectory, "schemagen", Version.ToLowerInvariant());
            if (Directory.Exists(extracted))
            {
                Directory.Delete(extracted, recursive: true);
            }

            // And the package's folder, when no other version is left in it.
            var packageFolder = Path.GetDirectoryName(extracted)!;
            try
            {
                if (Directory.Exists(packageFolder) && !Directory.EnumerateFileSystemEntries(packageFolder).Any())
                {
                    Directory.Delete(packageFolder);
                }
            }
            catch (IOException)
            {
                // Another run extracted its version meanwhile; the folder is its now.
            }
        }

        return ValueTask.CompletedTask;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SchemaGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No SchemaGen.sln above {AppContext.BaseDirectory}: the package tests run from the repository's build output.");
    }

    [GeneratedRegex(@"Successfully created package '(?<path>[^']+\.nupkg)'")]
    private static partial Regex CreatedPackage();

    [GeneratedRegex(@"global-packages:\s*(?<path>\S.*)$", RegexOptions.Multiline)]
    private static partial Regex GlobalPackagesFolder();
}
