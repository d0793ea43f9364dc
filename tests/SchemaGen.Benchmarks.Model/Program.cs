using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/SchemaGen.Benchmarks.Model -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(SchemaGen.Benchmarks.Model.ModelBuildBenchmarks).Assembly).Run(args);
