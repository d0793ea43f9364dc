using System;
using System.IO;
using BenchmarkDotNet.Running;
using SchemaGen.Tests.Performance;

// dotnet run -c Release --project tests/SchemaGen.Benchmarks -- --filter '*'        (BenchmarkDotNet)
// dotnet run -c Release --project tests/SchemaGen.Benchmarks -- write-model DIR N  (the synthetic model as files)
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

BenchmarkSwitcher.FromAssembly(typeof(SchemaGen.Benchmarks.CompilerBenchmarks).Assembly).Run(args);
