using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator;
using SchemaGen.Tests.Performance;

namespace SchemaGen.Benchmarks;

/// <summary>
/// The G1/G3 figures of docs/performance.md, measured the way the compiler reports them with
/// <c>-p:ReportAnalyzer=true</c>: the generator's own time (<c>GetTimingInfo</c>) and each analyzer's own execution
/// time (analyzer telemetry), next to a plain compile of the same sources. Median of several runs per size.
/// </summary>
internal static class Report
{
    public static void Run(IReadOnlyList<int> sizes, int runs)
    {
        var analyzers = typeof(SchemaGenGenerator).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

        Console.WriteLine("| entities | compile (ms) | generator (ms) | analyzers, fresh (ms) | analyzers with the compile (ms) | G1 = (generator + analyzers with the compile) / compile | generator alloc (MB) | analyzers alloc (MB) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        var rows = new List<(int N, double Compile, double Generator, double Analyzers, double GenAlloc, double AnAlloc, double Marginal)>();
        foreach (var n in sizes)
        {
            var compilation = CompilerBenchmarks.Compile(SyntheticModel.Files(n));
            var compile = new List<double>();
            var generator = new List<double>();
            var analyzerTimes = new List<double>();
            var generatorAlloc = new List<double>();
            var analyzerAlloc = new List<double>();
            var marginal = new List<double>();
            for (var run = 0; run <= runs; run++)
            {
                var stopwatch = Stopwatch.StartNew();
                compilation.Clone().GetDiagnostics();
                var compileMs = stopwatch.Elapsed.TotalMilliseconds;

                var before = GC.GetTotalAllocatedBytes(precise: true);
                var driver = CSharpGeneratorDriver.Create(new[] { new SchemaGenGenerator().AsSourceGenerator() }, parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12))
                    .RunGenerators(compilation.Clone());
                var generatorBytes = GC.GetTotalAllocatedBytes(precise: true) - before;
                var generatorMs = driver.GetTimingInfo().ElapsedTime.TotalMilliseconds;

                var withAnalyzers = compilation.Clone().WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
                before = GC.GetTotalAllocatedBytes(precise: true);
                withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
                var analyzerBytes = GC.GetTotalAllocatedBytes(precise: true) - before;
                var analyzerMs = analyzers.Sum(a => withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, default).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds);

                // The compiler's diagnostics and the analyzers together, on one compilation, as csc runs them: the
                // binding is shared, so the difference to the plain compile is what the analyzers add.
                stopwatch.Restart();
                compilation.Clone().WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
                    .GetAllDiagnosticsAsync().GetAwaiter().GetResult();
                var marginalMs = Math.Max(0, stopwatch.Elapsed.TotalMilliseconds - compileMs);

                if (run == 0)
                {
                    continue; // warm-up: JIT and first-use costs
                }

                compile.Add(compileMs);
                generator.Add(generatorMs);
                analyzerTimes.Add(analyzerMs);
                generatorAlloc.Add(generatorBytes / 1048576.0);
                analyzerAlloc.Add(analyzerBytes / 1048576.0);
                marginal.Add(marginalMs);
            }

            var row = (N: n, Compile: Median(compile), Generator: Median(generator), Analyzers: Median(analyzerTimes), GenAlloc: Median(generatorAlloc), AnAlloc: Median(analyzerAlloc), Marginal: Median(marginal));
            rows.Add(row);
            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "| {0} | {1:F0} | {2:F0} | {3:F0} | {4:F0} | {5:P1} | {6:F1} | {7:F1} |",
                row.N, row.Compile, row.Generator, row.Analyzers, row.Marginal, (row.Generator + row.Marginal) / row.Compile, row.GenAlloc, row.AnAlloc));
        }

        if (rows.Count >= 2)
        {
            var first = rows[0];
            var last = rows[^1];
            var scale = Math.Log((double)last.N / first.N);
            Console.WriteLine();
            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "Scaling exponent {0} -> {1} entities: compile {2:F2}, generator {3:F2}, analyzers {4:F2} (with the compile {5:F2}), generator allocations {6:F2}, analyzer allocations {7:F2}",
                first.N, last.N,
                Math.Log(last.Compile / first.Compile) / scale,
                Math.Log(last.Generator / first.Generator) / scale,
                Math.Log(last.Analyzers / first.Analyzers) / scale,
                Math.Log(last.Marginal / first.Marginal) / scale,
                Math.Log(last.GenAlloc / first.GenAlloc) / scale,
                Math.Log(last.AnAlloc / first.AnAlloc) / scale));
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }
}
