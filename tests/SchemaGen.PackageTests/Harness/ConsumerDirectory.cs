using System;
using System.IO;
using System.Linq;
using System.Security;

namespace SchemaGen.PackageTests.Harness;

/// <summary>
/// A consumer of the SchemaGen package in a temporary directory outside the repository: a copy of one of the
/// templates under <c>Consumers/</c>, plus the files that make it restore the package under test.
/// <list type="bullet">
/// <item><c>nuget.config</c> adds the repository's <c>packages/</c> folder as a source, with no <c>&lt;clear/&gt;</c>,
/// so EF Core and Npgsql come from the machine's default feed as usual.</item>
/// <item><c>Directory.Build.props</c> sets <c>SchemaGenVersion</c> (the templates reference
/// <c>Version="$(SchemaGenVersion)"</c>); it and the empty <c>Directory.Build.targets</c> and
/// <c>Directory.Packages.props</c> also keep MSBuild from importing such files from the directories above.</item>
/// <item><c>.editorconfig</c> with <c>root = true</c>, unless the template brings its own.</item>
/// </list>
/// The directory is deleted on dispose, unless <see cref="SchemaGenPackage.KeepVariable"/> is set.
/// </summary>
public sealed class ConsumerDirectory : IDisposable
{
    private ConsumerDirectory(string path) => Path = path;

    /// <summary>The consumer's root directory.</summary>
    public string Path { get; }

    /// <summary>Copies the template <paramref name="template"/> into a new temporary directory.</summary>
    public static ConsumerDirectory Create(string template, SchemaGenPackage package)
    {
        var source = System.IO.Path.Combine(AppContext.BaseDirectory, "Consumers", template);
        if (!Directory.Exists(source))
        {
            throw new InvalidOperationException($"The consumer template {source} is missing from the test output.");
        }

        var consumer = new ConsumerDirectory(Directory.CreateTempSubdirectory($"schemagen-{template.ToLowerInvariant()}-").FullName);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(consumer.Path, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        consumer.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <!-- The repository's local package folder, with the SchemaGen package under test. No <clear/>: the
                     machine's default feed still serves EF Core and Npgsql. -->
                <add key="schemagen-local" value="{SecurityElement.Escape(package.PackagesDirectory)}" />
              </packageSources>
            </configuration>
            """);
        consumer.Write("Directory.Build.props", $"""
            <Project>
              <PropertyGroup>
                <!-- The SchemaGen package under test, exactly this version. -->
                <SchemaGenVersion>[{package.Version}]</SchemaGenVersion>
                <!-- These tests are about SchemaGen. Auditing EF Core and Npgsql is the repository build's job, and
                     with warnings as errors an unreachable vulnerability feed (NU1900) would fail every consumer. -->
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
            </Project>
            """);
        consumer.Write("Directory.Build.targets", "<Project />");
        consumer.Write("Directory.Packages.props", "<Project />");
        if (!File.Exists(System.IO.Path.Combine(consumer.Path, ".editorconfig")))
        {
            consumer.Write(".editorconfig", "root = true");
        }

        return consumer;
    }

    /// <summary>The full path of <paramref name="relativePath"/> (written with <c>/</c>).</summary>
    public string FullPath(string relativePath) =>
        System.IO.Path.Combine([Path, .. relativePath.Split('/')]);

    /// <summary>The text of a file of the consumer.</summary>
    public string Read(string relativePath) => File.ReadAllText(FullPath(relativePath));

    /// <summary>Writes a file of the consumer (LF line ends, final newline).</summary>
    public void Write(string relativePath, string text)
    {
        var path = FullPath(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n");
    }

    /// <summary>The files the generator wrote for <paramref name="projectDirectory"/> (needs <c>EmitCompilerGeneratedFiles</c>).</summary>
    public string[] GeneratedFiles(string projectDirectory = ".")
    {
        var generated = FullPath($"{projectDirectory}/obj/Debug/net10.0/generated/SchemaGen.Generator");
        return Directory.Exists(generated)
            ? Directory.EnumerateFiles(generated, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
            : [];
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (SchemaGenPackage.Keep)
        {
            return;
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover directory under the temp folder is harmless; a failing test run for it is not.
        }
    }
}
