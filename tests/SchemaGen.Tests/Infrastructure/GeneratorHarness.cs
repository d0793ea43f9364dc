using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator;
using Xunit;

namespace SchemaGen.Tests.Infrastructure;

/// <summary>
/// Runs the generator the way the compiler does and checks what every generator test must hold: no
/// generator diagnostics (CS8784/CS8785), generated code that compiles with no errors and no warnings
/// (C# 12, nullable enabled), every tracked step Cached or Unchanged on a re-run over a cloned compilation,
/// and no symbol, syntax node, compilation, semantic model or location in any pipeline model.
/// </summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static GeneratorResult Run(string source, IReadOnlyDictionary<string, string>? buildProperties = null)
        => Run(new[] { source }, buildProperties);

    public static GeneratorResult Run(IEnumerable<string> sources, IReadOnlyDictionary<string, string>? buildProperties = null)
    {
        var compilation = CreateCompilation(sources);
        var driver = CreateDriver(buildProperties).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);

        var problems = output.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToList();
        Assert.True(problems.Count == 0, "The compilation with the generated code has errors or warnings:\n" + string.Join("\n", problems)
            + "\n\nGenerated:\n" + string.Join("\n\n", result.GeneratedSources.Select(s => "// " + s.HintName + "\n" + s.SourceText)));

        AssertCachedOnRerun(driver, compilation);
        AssertNoForbiddenTypesInModels(result);

        var files = result.GeneratedSources
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        return new GeneratorResult(files, output, driver);
    }

    public static CSharpCompilation CreateCompilation(IEnumerable<string> sources, string assemblyName = "TestAssembly")
        => CSharpCompilation.Create(
            assemblyName,
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")),
            References.All,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true));

    public static GeneratorDriver CreateDriver(IReadOnlyDictionary<string, string>? buildProperties = null)
        => CSharpGeneratorDriver.Create(
            new[] { new SchemaGenGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            optionsProvider: new TestOptionsProvider(buildProperties),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>A second run over a cloned compilation must find every step cached.</summary>
    public static void AssertCachedOnRerun(GeneratorDriver driver, Compilation compilation)
    {
        var rerun = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();
        foreach (var name in TrackingNames.All)
        {
            if (!rerun.TrackedSteps.TryGetValue(name, out var steps))
            {
                continue;
            }

            foreach (var step in steps)
            {
                foreach (var (_, reason) in step.Outputs)
                {
                    Assert.True(
                        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                        $"Step '{name}' was {reason} on a re-run with nothing changed.");
                }
            }
        }

        foreach (var (_, steps) in rerun.TrackedOutputSteps)
        {
            foreach (var step in steps)
            {
                foreach (var (_, reason) in step.Outputs)
                {
                    Assert.Equal(IncrementalStepRunReason.Cached, reason);
                }
            }
        }
    }

    /// <summary>Walks every tracked step's output values and fails on anything that pins a compilation.</summary>
    public static void AssertNoForbiddenTypesInModels(GeneratorRunResult result)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var (name, steps) in result.TrackedSteps)
        {
            // Roslyn's own steps (the syntax trees ForAttributeWithMetadataName groups) are not ours to judge.
            if (!TrackingNames.All.Contains(name))
            {
                continue;
            }

            foreach (var step in steps)
            {
                foreach (var (value, _) in step.Outputs)
                {
                    Walk(value, name, visited);
                }
            }
        }
    }

    private static void Walk(object? value, string path, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        if (value is ISymbol or SyntaxNode or Compilation or SemanticModel or Location or SyntaxTree)
        {
            Assert.Fail($"Pipeline model at '{path}' holds a {value.GetType().Name}; models must hold only equatable data.");
        }

        if (!value.GetType().IsValueType && !visited.Add(value))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, path + "[" + i++ + "]", visited);
            }

            return;
        }

        for (var type = value.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Walk(field.GetValue(value), path + "." + field.Name, visited);
            }
        }
    }
}

/// <summary>What a generator run produced.</summary>
internal sealed record GeneratorResult(ImmutableSortedDictionary<string, string> Files, Compilation Output, GeneratorDriver Driver)
{
    public string File(string hintName)
        => Files.TryGetValue(hintName, out var text) ? text : throw new KeyNotFoundException($"No generated file '{hintName}'. Generated: {string.Join(", ", Files.Keys)}");
}
