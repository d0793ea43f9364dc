using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Tests.Infrastructure;

/// <summary>
/// Metadata references for test compilations, taken from this machine (no package download at test time):
/// the .NET reference pack of the installed SDK, plus EF Core, Npgsql and the SchemaGen attributes.
/// </summary>
internal static class References
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new(LoadFramework);

    private static readonly Lazy<ImmutableArray<MetadataReference>> Libraries = new(() =>
        new[]
        {
            typeof(SchemaGen.EntityAttribute).Assembly,
            typeof(Microsoft.EntityFrameworkCore.DbContext).Assembly,
            typeof(Microsoft.EntityFrameworkCore.RelationalEntityTypeBuilderExtensions).Assembly,
            typeof(Microsoft.EntityFrameworkCore.NpgsqlIndexBuilderExtensions).Assembly,
            typeof(Npgsql.NpgsqlConnection).Assembly,
            typeof(System.ComponentModel.DataAnnotations.KeyAttribute).Assembly,
            typeof(Microsoft.EntityFrameworkCore.IndexAttribute).Assembly,
        }
        .Select(a => a.Location)
        .Distinct()
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToImmutableArray());

    /// <summary>Framework, EF Core, Npgsql and the SchemaGen attributes.</summary>
    public static ImmutableArray<MetadataReference> All => Framework.Value.AddRange(Libraries.Value);

    /// <summary>Only the framework and the SchemaGen attributes (the analyzers must not need EF Core).</summary>
    public static ImmutableArray<MetadataReference> FrameworkAndAttributes
        => Framework.Value.Add(MetadataReference.CreateFromFile(typeof(SchemaGen.EntityAttribute).Assembly.Location));

    /// <summary>The reference assemblies of the running framework's version, from the SDK's packs folder.</summary>
    public static string FrameworkReferenceDirectory()
    {
        var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var version = new DirectoryInfo(runtimeDir).Name;
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var major = version.Split('.')[0];
        var candidates = Directory.Exists(packs)
            ? Directory.GetDirectories(packs).Where(d => Path.GetFileName(d).StartsWith(major + ".", StringComparison.Ordinal)).OrderByDescending(d => d, StringComparer.Ordinal).ToList()
            : new List<string>();
        foreach (var candidate in candidates)
        {
            var refDir = Path.Combine(candidate, "ref", "net" + major + ".0");
            if (Directory.Exists(refDir))
            {
                return refDir;
            }
        }

        // No packs folder: the runtime's own assemblies work as references too.
        return runtimeDir;
    }

    private static ImmutableArray<MetadataReference> LoadFramework()
    {
        var dir = FrameworkReferenceDirectory();
        return Directory.GetFiles(dir, "*.dll")
            .Where(IsManaged)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }

    private static bool IsManaged(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
            return reader.HasMetadata;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
