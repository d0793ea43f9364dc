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
/// The G1/G3 figures of docs/performance.md. Every measure runs on a fresh copy of the compilation (nothing bound
/// yet), the measures of one round are interleaved so that the machine's drift hits them alike, and each figure is
/// the median over the rounds after a warm-up round. Figures are the process's CPU time (every thread, the GC's
/// included), not wall time: this machine is shared, and CPU time varies far less between runs. The process runs
/// with server GC, as csc does, and without tiered compilation, so that every round runs the same code.
/// <list type="bullet">
/// <item>compile: a plain <c>GetDiagnostics()</c> on the user's sources, the issue's denominator;</item>
/// <item>program: the same with the generated files added, i.e. the build of the same program with its configuration
/// checked in and no SchemaGen;</item>
/// <item>generator: one cold <c>RunGenerators</c>; floor: <see cref="FloorGenerator"/>, what any symbol-reading
/// generator over these classes pays;</item>
/// <item>analyzers: <c>GetAllDiagnosticsAsync</c> with SchemaGen's analyzers plus <see cref="DriverBaselineAnalyzer"/>,
/// minus the same with the baseline alone, run back to back (the median of the rounds' differences): what the
/// analyzers add to a build that runs analyzers at all, with the compiler's binding shared as it is in csc.</item>
/// </list>
/// </summary>
internal static class Report
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private static readonly string[] Measures = ["compile", "program", "floor", "floor-members", "generator", "driver", "analyzers"];

    public static void Run(IReadOnlyList<int> sizes, int runs)
    {
        Console.WriteLine("| entities | compile (ms CPU) | program with generated files (ms CPU) | generator (ms CPU) | floor (ms CPU) | floor + members (ms CPU) | analyzers, added (ms CPU) | G1 | G1 against the program | generator alloc (MB) | analyzers alloc, added (MB) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var rows = new List<Row>();
        foreach (var n in sizes)
        {
            var setup = new Setup(n);
            var times = Measures.ToDictionary(m => m, _ => new List<double>());
            var bytes = Measures.ToDictionary(m => m, _ => new List<double>());
            for (var run = 0; run <= runs; run++)
            {
                foreach (var measure in Measures)
                {
                    var (ms, mb) = setup.Measure(measure);
                    if (run > 0)
                    {
                        times[measure].Add(ms);
                        bytes[measure].Add(mb);
                    }
                }
            }

            var row = new Row(
                n,
                Median(times["compile"]),
                Median(times["program"]),
                Median(times["generator"]),
                Median(times["floor"]),
                Median(times["floor-members"]),
                PairedMedian(times["analyzers"], times["driver"]),
                Median(bytes["generator"]),
                PairedMedian(bytes["analyzers"], bytes["driver"]));
            rows.Add(row);
            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "| {0} | {1:F0} | {2:F0} | {3:F0} | {4:F0} | {5:F0} | {6:F0} | {7:P0} | {8:P0} | {9:F1} | {10:F1} |",
                row.N, row.Compile, row.Program, row.Generator, row.Floor, row.FloorMembers, row.Analyzers,
                (row.Generator + row.Analyzers) / row.Compile, (row.Generator + row.Analyzers) / row.Program, row.GeneratorMB, row.AnalyzersMB));
        }

        if (rows.Count >= 2)
        {
            var first = rows[0];
            var last = rows[^1];
            double Exponent(Func<Row, double> figure) => Math.Log(figure(last) / figure(first)) / Math.Log((double)last.N / first.N);
            Console.WriteLine();
            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "Scaling exponent {0} -> {1} entities: compile {2:F2}, generator {3:F2}, analyzers {4:F2}, generator allocations {5:F2}, analyzer allocations {6:F2}",
                first.N, last.N, Exponent(r => r.Compile), Exponent(r => r.Generator), Exponent(r => r.Analyzers), Exponent(r => r.GeneratorMB), Exponent(r => r.AnalyzersMB)));
        }
    }

    /// <summary>
    /// One measure, ten times: for a sampling profiler (<c>dotnet-trace collect -- dotnet SchemaGen.Benchmarks.dll loop
    /// generator 1000</c>), or to compare two measures by hand. Besides the report's measures, <c>noop-analyzers</c> is
    /// the driver baseline plus 30 analyzers that subscribe to every class and do nothing: the driver's cost per analyzer.
    /// </summary>
    public static void Loop(string measure, int n)
    {
        var setup = new Setup(n);
        for (var round = 0; round < 10; round++)
        {
            var (ms, mb) = setup.Measure(measure);
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} round {1}: {2:F0} ms CPU, {3:F1} MB", measure, round, ms, mb));
        }
    }

    /// <summary>The median of the round-by-round differences: a round's two measures ran back to back, so they share its drift.</summary>
    private static double PairedMedian(List<double> with, List<double> without)
        => Median(with.Select((value, round) => value - without[round]).ToList());

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private sealed record Row(int N, double Compile, double Program, double Generator, double Floor, double FloorMembers, double Analyzers, double GeneratorMB, double AnalyzersMB);

    private sealed class Setup
    {
        private readonly Compilation _user;
        private readonly Compilation _program;
        private readonly ImmutableArray<DiagnosticAnalyzer> _baseline;
        private readonly ImmutableArray<DiagnosticAnalyzer> _withSchemaGen;

        public Setup(int n)
        {
            _user = CompilerBenchmarks.Compile(SyntheticModel.Files(n));
            var generated = Driver(new SchemaGenGenerator()).RunGenerators(_user).GetRunResult().GeneratedTrees;
            _program = _user.AddSyntaxTrees(generated);
            var schemaGen = CompilerBenchmarks.SchemaGenAnalyzers();
            _baseline = ImmutableArray.Create<DiagnosticAnalyzer>(new DriverBaselineAnalyzer(schemaGen[0].SupportedDiagnostics[0]));
            _withSchemaGen = _baseline.AddRange(schemaGen);
        }

        public (double Ms, double MB) Measure(string measure)
        {
            // A fresh copy: nothing bound yet.
            var user = _user.Clone();
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var before = GC.GetTotalAllocatedBytes(precise: true);
            switch (measure)
            {
                case "compile":
                    user.GetDiagnostics();
                    break;
                case "program":
                    _program.Clone().GetDiagnostics();
                    break;
                case "generator":
                    Driver(new SchemaGenGenerator()).RunGenerators(user);
                    break;
                case "floor":
                    Driver(new FloorGenerator(members: false)).RunGenerators(user);
                    break;
                case "floor-members":
                    Driver(new FloorGenerator(members: true)).RunGenerators(user);
                    break;
                case "driver":
                    WithAnalyzers(user, _baseline);
                    break;
                case "analyzers":
                    WithAnalyzers(user, _withSchemaGen);
                    break;
                case "noop-analyzers":
                    WithAnalyzers(user, _baseline.AddRange(Enumerable.Range(0, 30).Select(_ => (DiagnosticAnalyzer)new DriverBaselineAnalyzer(_baseline[0].SupportedDiagnostics[0], symbolsOnly: true))));
                    break;
                default:
                    throw new ArgumentException($"unknown measure '{measure}'; one of {string.Join(", ", Measures)}");
            }

            var allocated = (GC.GetTotalAllocatedBytes(precise: true) - before) / 1048576.0;
            process.Refresh();
            return ((process.TotalProcessorTime - cpu).TotalMilliseconds, allocated);
        }

        private static GeneratorDriver Driver(IIncrementalGenerator generator)
            => CSharpGeneratorDriver.Create(new[] { generator.AsSourceGenerator() }, parseOptions: ParseOptions);

        private static void WithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
            => compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
                .GetAllDiagnosticsAsync().GetAwaiter().GetResult();
    }
}
