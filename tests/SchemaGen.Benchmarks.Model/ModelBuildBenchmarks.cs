using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.Conventions;

namespace SchemaGen.Benchmarks.Model;

/// <summary>
/// G4: how long EF Core takes to build (and finalize) the Blog model from SchemaGen's generated configuration,
/// against the same model configured by hand. Both use Npgsql's conventions and no database.
/// </summary>
[MemoryDiagnoser]
public class ModelBuildBenchmarks
{
    [Benchmark(Baseline = true)]
    public IModel HandWritten_configuration()
    {
        var builder = new ModelBuilder(NpgsqlConventionSetBuilder.Build());
        Model.HandWritten.Configure(builder);
        return (IModel)builder.FinalizeModel();
    }

    [Benchmark]
    public IModel Generated_configuration()
    {
        var builder = new ModelBuilder(NpgsqlConventionSetBuilder.Build());
        builder.ApplySchemaGenConfigurations();
        return (IModel)builder.FinalizeModel();
    }
}
