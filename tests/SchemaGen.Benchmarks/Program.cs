using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using SchemaGen.Tests.Performance;

// dotnet run -c Release --project tests/SchemaGen.Benchmarks -- --filter '*'        (BenchmarkDotNet)
// dotnet run -c Release --project tests/SchemaGen.Benchmarks -- write-model DIR N  (the synthetic model as files)
// dotnet run -c Release --project tests/SchemaGen.Benchmarks -- report [runs] [N...] (G1 and G3 as a table)
if (args.Length == 3 && args[0] == "write-model")
{
    Directory.CreateDirectory(args[1]);
    var files = SyntheticModel.Files(int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
    for (var i = 0; i < files.Count; i++)
    {
        File.WriteAllText(Path.Combine(args[1], $"File{i:D4}.cs"), files[i]);
    }

    Console.WriteLine($"wrote {files.Count} files to {args[1]}");
    return;
}

if (args.Length == 2 && args[0] == "probe-generator")
{
    SchemaGen.Benchmarks.GeneratorProbe.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args.Length == 3 && args[0] == "loop")
{
    // dotnet run -c Release --project tests/SchemaGen.Benchmarks -- loop <measure> N   (one measure, ten times, for a profiler)
    SchemaGen.Benchmarks.Report.Loop(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args.Length == 2 && args[0] == "probe-analyzers")
{
    SchemaGen.Benchmarks.AnalyzerProbe.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args.Length == 2 && args[0] == "probe-own")
{
    SchemaGen.Benchmarks.OwnWorkProbe.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args.Length == 2 && args[0] == "probe")
{
    SchemaGen.Benchmarks.Probe.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args.Length >= 1 && args[0] == "report")
{
    // dotnet run -c Release --project tests/SchemaGen.Benchmarks -- report [runs] [sizes...]
    var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
    var sizes = args.Length > 2 ? args[2..].Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : new[] { 100, 250, 500, 1000, 2000 };
    SchemaGen.Benchmarks.Report.Run(sizes, runs);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SchemaGen.Benchmarks.CompilerBenchmarks).Assembly).Run(args);
