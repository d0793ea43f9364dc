using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Tests.Robustness;

/// <summary>
/// Thousands of generated models, valid and not: the generator never throws (no CS8784/CS8785), no analyzer
/// throws (no AD0001), and whenever the input compiles, the generated code compiles with no errors and no warnings.
/// 2,000 cases by default; set SCHEMAGEN_PROPERTY_CASES=10000 for the long run. The cases come from a fixed seed
/// sequence, so a run is reproducible; a failure is shrunk by CsCheck to a smaller failing model.
/// </summary>
public sealed class NeverCrashTests
{
    private const uint Stream = 20261125;

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = Analyzer.All;

    public static int CaseCount => int.TryParse(Environment.GetEnvironmentVariable("SCHEMAGEN_PROPERTY_CASES"), out var n) && n > 0 ? n : 2000;

    [Fact]
    public void Generator_and_analyzers_survive_every_generated_model()
    {
        var stats = new ConcurrentDictionary<string, int>();
        Cases.Run(ModelSources.Cases, CaseCount, Stream, model => Check(model, stats));

        // The generated population really covers both kinds of input.
        Assert.True(stats.GetValueOrDefault("compiles") > CaseCount / 20, $"too few compiling cases: {string.Join(", ", stats)}");
        Assert.True(stats.GetValueOrDefault("errors") > CaseCount / 20, $"too few broken cases: {string.Join(", ", stats)}");
        Assert.True(stats.GetValueOrDefault("compiles with entity configurations") > CaseCount / 50, $"too few mapped models: {string.Join(", ", stats)}");
        TestContext.Current.TestOutputHelper?.WriteLine($"{CaseCount} cases: {string.Join(", ", stats.OrderBy(p => p.Key))}");
    }

    [Fact]
    public void A_class_declared_twice_with_Entity_is_emitted_once()
    {
        var model = new ModelCase(new[]
        {
            "using SchemaGen; namespace Twice; [Entity] public partial class Item { public System.Guid Id { get; set; } }",
            "using SchemaGen; namespace Twice; [Entity] public partial class Item { public string Name { get; set; } = \"\"; }",
            "using SchemaGen; namespace Twice; [Entity] public class Thing { public System.Guid Id { get; set; } } [Entity] public class Thing { public int Code { get; set; } }",
        });

        Check(model, new ConcurrentDictionary<string, int>());
        var driver = GeneratorHarness.CreateDriver().RunGenerators(GeneratorHarness.CreateCompilation(model.Files), TestContext.Current.CancellationToken);
        var hints = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Equal(1, hints.Count(h => h == "Twice.Item.g.cs"));
        Assert.Equal(1, hints.Count(h => h == "Twice.Thing.g.cs"));
    }

    private static void Check(ModelCase model, ConcurrentDictionary<string, int> stats)
    {
        var compilation = GeneratorHarness.CreateCompilation(model.Files);
        var inputErrors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        stats.AddOrUpdate(inputErrors.Count == 0 ? "compiles" : "errors", 1, (_, n) => n + 1);

        var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        Assert.DoesNotContain(generatorDiagnostics, d => d.Id is "CS8784" or "CS8785");

        var exceptions = new ConcurrentBag<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var analyzerDiagnostics = output.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        Assert.True(exceptions.IsEmpty, "An analyzer threw: " + exceptions.FirstOrDefault());
        Assert.DoesNotContain(analyzerDiagnostics, d => d.Id == "AD0001");

        if (inputErrors.Count == 0)
        {
            stats.AddOrUpdate(result.GeneratedSources.Length > 4 ? "compiles with entity configurations" : "compiles without entities", 1, (_, n) => n + 1);
            var generatedTrees = result.GeneratedSources.Select(s => s.SyntaxTree).ToHashSet();
            var problems = output.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error || (d.Severity == DiagnosticSeverity.Warning && generatedTrees.Contains(d.Location.SourceTree!)))
                .ToList();
            Assert.True(problems.Count == 0, "Generated code does not compile cleanly:\n" + string.Join("\n", problems)
                + "\n\n" + string.Join("\n\n", result.GeneratedSources.Select(s => "// " + s.HintName + "\n" + s.SourceText)));
        }
    }
}

/// <summary>Runs a property over a fixed, reproducible sequence of cases, and shrinks the first failure with CsCheck.</summary>
internal static class Cases
{
    public static void Run<T>(Gen<T> gen, int count, uint stream, Action<T> property)
    {
        for (var i = 0; i < count; i++)
        {
            var pcg = new PCG(stream, (ulong)i);
            var seed = pcg.ToString();
            var value = gen.Generate(pcg, null, out _);
            try
            {
                property(value);
            }
            catch (Exception first)
            {
                // Starts from the failing case, then searches for a smaller one; throws with the smallest found.
                gen.Sample(property, seed: seed, iter: 300, threads: 1);
                throw new Xunit.Sdk.XunitException($"Case {i} (seed \"{seed}\") failed and did not shrink:\n{value}\n{first}");
            }
        }
    }
}
