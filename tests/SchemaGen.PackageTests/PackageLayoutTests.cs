using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Xml.Linq;
using SchemaGen.PackageTests.Harness;
using Xunit;

namespace SchemaGen.PackageTests;

/// <summary>What <c>dotnet pack src/SchemaGen</c> puts into the nupkg, read from the nupkg itself.</summary>
public sealed class PackageLayoutTests(SchemaGenPackage package)
{
    private const string AnalyzerFolder = "analyzers/dotnet/cs/";

    [Fact]
    public void Nupkg_holds_the_attributes_the_analyzer_assemblies_with_Humanizer_the_props_and_targets_and_nothing_else()
    {
        Assert.Equal(
            [
                "README.md",
                "SchemaGen.nuspec",
                AnalyzerFolder + "Humanizer.dll",
                AnalyzerFolder + "SchemaGen.CodeFixes.dll",
                AnalyzerFolder + "SchemaGen.Generator.dll",
                "build/SchemaGen.props",
                "build/SchemaGen.targets",
                "buildTransitive/SchemaGen.props",
                "buildTransitive/SchemaGen.targets",
                "lib/netstandard2.0/SchemaGen.dll",
                "lib/netstandard2.0/SchemaGen.xml",
            ],
            package.ListEntries());
    }

    [Fact]
    public void Nuspec_has_id_version_MIT_license_readme_and_only_an_empty_netstandard20_dependency_group()
    {
        var metadata = Element(package.ReadNuspec().Root!, "metadata");

        Assert.Equal("SchemaGen", Element(metadata, "id").Value);
        Assert.Equal(package.Version, Element(metadata, "version").Value);
        var license = Element(metadata, "license");
        Assert.Equal("expression", license.Attribute("type")?.Value);
        Assert.Equal("MIT", license.Value);
        Assert.Equal("README.md", Element(metadata, "readme").Value);
        Assert.False(string.IsNullOrWhiteSpace(Element(metadata, "description").Value));
        // The attributes are needed at run time (EF Core reads them), so the package must not be a development dependency.
        Assert.Null(metadata.Elements().FirstOrDefault(e => e.Name.LocalName == "developmentDependency"));

        // Neither the generator nor the code fixes (nor Roslyn, nor Humanizer) leak as dependencies.
        var group = Assert.Single(Element(metadata, "dependencies").Elements());
        Assert.Equal("group", group.Name.LocalName);
        Assert.Equal(".NETStandard2.0", group.Attribute("targetFramework")?.Value);
        Assert.Empty(group.Elements());
    }

    [Theory]
    [InlineData("build")]
    [InlineData("buildTransitive")]
    public void Props_make_SchemaGenNaming_and_SchemaGenPublic_visible_to_the_generator(string folder)
    {
        var props = XDocument.Parse(Encoding.UTF8.GetString(package.ReadEntry(folder + "/SchemaGen.props")));

        var visible = props.Descendants()
            .Where(e => e.Name.LocalName == "CompilerVisibleProperty")
            .Select(e => e.Attribute("Include")?.Value)
            .Order(StringComparer.Ordinal);
        Assert.Equal(["SchemaGenNaming", "SchemaGenPublic"], visible);
    }

    [Fact]
    public void Build_and_buildTransitive_carry_the_same_props_and_targets()
    {
        Assert.Equal(package.ReadEntry("build/SchemaGen.props"), package.ReadEntry("buildTransitive/SchemaGen.props"));
        Assert.Equal(package.ReadEntry("build/SchemaGen.targets"), package.ReadEntry("buildTransitive/SchemaGen.targets"));
    }

    [Fact]
    public void Attribute_assembly_references_nothing_beyond_netstandard()
    {
        Assert.Equal(["netstandard"], References(package.ReadEntry("lib/netstandard2.0/SchemaGen.dll")).Select(r => r.Name));
    }

    [Fact]
    public void Analyzer_assemblies_find_every_reference_in_the_compiler_or_next_to_them()
    {
        var analyzers = package.ListEntries()
            .Where(e => e.StartsWith(AnalyzerFolder, StringComparison.Ordinal) && e.EndsWith(".dll", StringComparison.Ordinal))
            .ToDictionary(e => Path.GetFileNameWithoutExtension(e), StringComparer.Ordinal);

        foreach (var (name, entry) in analyzers)
        {
            var missing = References(package.ReadEntry(entry))
                .Select(r => r.Name)
                .Where(reference => !ProvidedByTheCompilerHost(reference) && !analyzers.ContainsKey(reference))
                .ToList();
            Assert.True(missing.Count == 0, $"{name} references {string.Join(", ", missing)}, which is neither in {AnalyzerFolder} nor provided by the compiler.");
        }

        // Humanizer is the generator's one run-time dependency.
        Assert.Contains("Humanizer", References(package.ReadEntry(AnalyzerFolder + "SchemaGen.Generator.dll")).Select(r => r.Name));
    }

    /// <summary>The assembly references of an assembly: name and version.</summary>
    internal static IReadOnlyList<(string Name, Version Version)> References(byte[] assembly)
    {
        using var reader = new PEReader(new MemoryStream(assembly));
        var metadata = reader.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .Select(reference => (metadata.GetString(reference.Name), reference.Version))
            .OrderBy(reference => reference.Item1, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>What csc, the IDE and dotnet format load an analyzer next to: the framework and Roslyn itself.</summary>
    private static bool ProvidedByTheCompilerHost(string assembly) =>
        assembly is "netstandard" or "mscorlib" or "System"
        || assembly.StartsWith("System.", StringComparison.Ordinal)
        || assembly.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal);

    private static XElement Element(XElement parent, string localName) =>
        parent.Elements().SingleOrDefault(e => e.Name.LocalName == localName)
        ?? throw new InvalidOperationException($"<{parent.Name.LocalName}> has no <{localName}>.");
}
