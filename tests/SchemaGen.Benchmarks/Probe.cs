using System;
using System.Diagnostics;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Parsing;
using SchemaGen.Tests.Performance;

namespace SchemaGen.Benchmarks;

/// <summary>
/// Where the compiler's binding of the entity classes goes, phase by phase, on a fresh compilation (SchemaGen's own
/// work on the bound classes is <see cref="OwnWorkProbe"/>).
/// </summary>
internal static class Probe
{
    public static void Run(int n)
    {
        var compilation = CompilerBenchmarks.Compile(SyntheticModel.Files(n));
        Phase("warm-up (parse every entity, not counted)", compilation, n, types =>
        {
            foreach (var t in types) SchemaParser.Parse(t, default);
        });

        var fresh = compilation.Clone();
        Phase("members", fresh, n, types =>
        {
            foreach (var t in types) t.GetMembers();
        });
        Phase("property types", fresh, n, types =>
        {
            foreach (var t in types) foreach (var m in t.GetMembers().OfType<IPropertySymbol>()) _ = m.Type;
        });
        Phase("class attributes", fresh, n, types =>
        {
            foreach (var t in types) t.GetAttributes();
        });
        Phase("attributes of every member", fresh, n, types =>
        {
            foreach (var t in types) foreach (var m in t.GetMembers()) m.GetAttributes();
        });
    }

    private static void Phase(string name, Compilation compilation, int n, Action<System.Collections.Generic.List<INamedTypeSymbol>> work)
    {
        var types = Enumerable.Range(0, n).Select(i => compilation.GetTypeByMetadataName($"Synthetic.Models.Item{i}")!).ToList();
        var stopwatch = Stopwatch.StartNew();
        work(types);
        Console.WriteLine($"{name}: {stopwatch.ElapsedMilliseconds} ms");
    }
}

/// <summary>SchemaGen's own work after binding: parsing bound classes, resolving them, emitting them (no compiler work).</summary>
internal static class OwnWorkProbe
{
    public static void Run(int n)
    {
        var compilation = CompilerBenchmarks.Compile(SyntheticModel.Files(n));
        var types = Enumerable.Range(0, n).Select(i => compilation.GetTypeByMetadataName($"Synthetic.Models.Item{i}")!).ToList();
        var specs = types.Select(t => SchemaParser.Parse(t, default)!).ToList();
        for (var round = 0; round < 12; round++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var sw = Stopwatch.StartNew();
            foreach (var t in types) SchemaParser.Parse(t, default);
            var parse = sw.Elapsed.TotalMilliseconds;
            var parseBytes = GC.GetTotalAllocatedBytes(precise: true) - before;
            before = GC.GetTotalAllocatedBytes(precise: true);
            sw.Restart();
            var directory = new SchemaDirectory(specs, SchemaGen.Generator.Naming.NamingStyle.SnakeCase);
            var models = specs.Select(s => directory.Resolve(s).Model).ToList();
            var resolve = sw.Elapsed.TotalMilliseconds;
            var resolveBytes = GC.GetTotalAllocatedBytes(precise: true) - before;
            before = GC.GetTotalAllocatedBytes(precise: true);
            sw.Restart();
            foreach (var m in models) SchemaGen.Generator.Emitting.ConfigurationEmitter.Emit(m);
            var emit = sw.Elapsed.TotalMilliseconds;
            var emitBytes = GC.GetTotalAllocatedBytes(precise: true) - before;
            Console.WriteLine($"round {round}: parse {parse:F1} ms {parseBytes / 1048576.0:F1} MB, resolve {resolve:F1} ms {resolveBytes / 1048576.0:F1} MB, emit {emit:F1} ms {emitBytes / 1048576.0:F1} MB");
        }
    }
}

/// <summary>
/// The schema rules analyzer with each rule alone, then with every rule, on a compilation the compiler has already
/// bound (median of 3, the analyzer's own execution time). Each figure includes the shared parse and resolve of every
/// entity, which runs once whatever the number of rules: the gap between one rule and all of them is the rules' own work.
/// </summary>
internal static class AnalyzerProbe
{
    public static void Run(int n)
    {
        var compilation = CompilerBenchmarks.Compile(SyntheticModel.Files(n));
        var rules = SchemaGen.Generator.Analyzers.SchemaRulesAnalyzer.AllRules();
        double Time(SchemaGen.Generator.Analyzers.SchemaRulesAnalyzer analyzer)
        {
            var times = new System.Collections.Generic.List<double>();
            for (var round = 0; round < 3; round++)
            {
                var with = compilation.Clone().WithAnalyzers(ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(analyzer), new Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzersOptions(
                    new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
                with.Compilation.GetDiagnostics();
                with.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
                times.Add(with.GetAnalyzerTelemetryInfoAsync(analyzer, default).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds);
            }

            return times.OrderBy(t => t).ElementAt(1);
        }

        Time(new SchemaGen.Generator.Analyzers.SchemaRulesAnalyzer(rules)); // warm-up
        foreach (var (rule, ms) in rules.Select(r => (r, Time(new SchemaGen.Generator.Analyzers.SchemaRulesAnalyzer(r)))).OrderByDescending(x => x.Item2).ToList())
        {
            Console.WriteLine($"{ms,8:F1} ms  {rule.GetType().Name} alone ({string.Join(", ", rule.SupportedDiagnostics.Select(d => d.Id))})");
        }

        Console.WriteLine($"{Time(new SchemaGen.Generator.Analyzers.SchemaRulesAnalyzer(rules)),8:F1} ms  every rule");
    }
}

internal static class GeneratorProbe
{
    public static void Run(int n)
    {
        var compilation = CompilerBenchmarks.Compile(SyntheticModel.Files(n));
        for (var round = 0; round < 3; round++)
        {
            var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
                new[] { new SchemaGen.Generator.SchemaGenGenerator().AsSourceGenerator() },
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            var fresh = compilation.Clone();
            var run = driver.RunGenerators(fresh);
            var result = run.GetRunResult().Results[0];
            Console.WriteLine($"round {round}: total {run.GetTimingInfo().ElapsedTime.TotalMilliseconds:F0} ms");
            foreach (var (name, steps) in result.TrackedSteps.OrderByDescending(p => p.Value.Sum(s => s.ElapsedTime.TotalMilliseconds)))
            {
                Console.WriteLine($"  {steps.Sum(s => s.ElapsedTime.TotalMilliseconds),8:F1} ms  {name} ({steps.Length} steps)");
            }

            foreach (var (name, steps) in result.TrackedOutputSteps)
            {
                Console.WriteLine($"  {steps.Sum(s => s.ElapsedTime.TotalMilliseconds),8:F1} ms  output {name} ({steps.Length} steps)");
            }
        }
    }
}
