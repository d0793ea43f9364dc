using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.PortableExecutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator;
using SchemaGen.Tests.Performance;

namespace SchemaGen.Benchmarks;

/// <summary>
/// Generator, analyzer and plain-compile time on the synthetic model of N entities (about 12 columns, one or two
/// foreign keys, a composite index, jsonb and a check on every fifth, plus N/2 noise classes with method bodies).
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
public class CompilerBenchmarks
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private Compilation _compilation = null!;
    private GeneratorDriver _primed = null!;
    private Compilation _unrelatedFile = null!;
    private Compilation _methodBody = null!;
    private Compilation _comment = null!;
    private Compilation _attribute = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;

    [Params(100, 250, 500, 1000, 2000)]
    public int Entities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _compilation = Compile(SyntheticModel.Files(Entities));
        _primed = Driver().RunGenerators(_compilation);
        _unrelatedFile = _compilation.AddSyntaxTrees(Parse("namespace Other; public static class Extra { public static int One() => 1; }"));
        var target = Entities / 2;
        _methodBody = Replace(target, "public int Score() => Quantity * 2;", "public int Score() { var doubled = Quantity * 2; return doubled + 1; }");
        _comment = Replace(target, $"public class Item{target}\n{{", $"// A comment.\npublic class Item{target}\n{{\n");
        _attribute = Replace(target, "Comment = \"The display name.\"", "Comment = \"What people call it.\"");
        _analyzers = SchemaGenAnalyzers();
    }

    /// <summary>Every analyzer the compiler loads from SchemaGen's analyzer assembly, one instance each.</summary>
    internal static ImmutableArray<DiagnosticAnalyzer> SchemaGenAnalyzers()
        => typeof(SchemaGenGenerator).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>The generator on a cold driver: what a full build pays.</summary>
    [Benchmark]
    public GeneratorDriver Generator_full() => Driver().RunGenerators(_compilation.Clone());

    [Benchmark]
    public GeneratorDriver Edit_unrelated_file() => _primed.RunGenerators(_unrelatedFile);

    [Benchmark]
    public GeneratorDriver Edit_method_body() => _primed.RunGenerators(_methodBody);

    [Benchmark]
    public GeneratorDriver Edit_comment() => _primed.RunGenerators(_comment);

    [Benchmark]
    public GeneratorDriver Edit_attribute_argument() => _primed.RunGenerators(_attribute);

    /// <summary>Every SchemaGen analyzer, on a fresh copy of the compilation (nothing bound yet).</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> Analyzers()
        => _compilation.Clone().WithAnalyzers(_analyzers).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

    /// <summary>The compiler's own work on the same sources: binding and diagnostics, no SchemaGen.</summary>
    [Benchmark(Baseline = true)]
    public ImmutableArray<Diagnostic> Compile_plain() => _compilation.Clone().GetDiagnostics();

    private Compilation Replace(int entity, string oldText, string newText)
    {
        var tree = _compilation.SyntaxTrees.Single(t => t.ToString().Contains($"public class Item{entity}\n", StringComparison.Ordinal));
        var text = tree.ToString();
        if (!text.Contains(oldText, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{oldText}' is not in Item{entity}");
        }

        return _compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text.Replace(oldText, newText, StringComparison.Ordinal))));
    }

    private static GeneratorDriver Driver()
        => CSharpGeneratorDriver.Create(new[] { new SchemaGenGenerator().AsSourceGenerator() }, parseOptions: ParseOptions);

    private static SyntaxTree Parse(string source) => CSharpSyntaxTree.ParseText(source, ParseOptions);

    internal static Compilation Compile(System.Collections.Generic.IEnumerable<string> sources)
        => CSharpCompilation.Create(
            "Synthetic",
            sources.Select(s => Parse(s)),
            MetadataReferences(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static ImmutableArray<MetadataReference> MetadataReferences()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var framework = Directory.GetFiles(runtime, "*.dll").Where(IsManaged);
        var libraries = new[]
        {
            typeof(SchemaGen.EntityAttribute).Assembly.Location,
            typeof(Microsoft.EntityFrameworkCore.DbContext).Assembly.Location,
            typeof(Microsoft.EntityFrameworkCore.RelationalEntityTypeBuilderExtensions).Assembly.Location,
            typeof(Microsoft.EntityFrameworkCore.NpgsqlIndexBuilderExtensions).Assembly.Location,
        };
        return framework.Concat(libraries).Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    }

    private static bool IsManaged(string path)
    {
        try
        {
            using var reader = new PEReader(File.OpenRead(path));
            return reader.HasMetadata;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
