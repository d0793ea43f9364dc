using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SchemaGen.IntegrationTests.Infrastructure;
using SchemaGen.PackageTests.Harness;
using Xunit;

namespace SchemaGen.PackageTests;

/// <summary>
/// The <c>Consumers/Clean</c> project (the seed's User/Post with the timestamp mixin, C# 12, warnings as errors),
/// restored from the package and built once for all the tests of <see cref="CleanConsumerTests"/>.
/// </summary>
public sealed class CleanConsumer(SchemaGenPackage package) : IAsyncLifetime
{
    public SchemaGenPackage Package => package;

    public ConsumerDirectory Directory { get; private set; } = null!;

    internal ProcessResult Build { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Directory = ConsumerDirectory.Create("Clean", package);
        Build = await Dotnet.BuildAsync(Directory.Path);
    }

    public ValueTask DisposeAsync()
    {
        Directory?.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>A clean model from the package: no diagnostics, the expected schema on PostgreSQL, C# 12, the SDK's compiler.</summary>
public sealed partial class CleanConsumerTests(CleanConsumer consumer, PostgresServer server) : IClassFixture<CleanConsumer>
{
    [Fact]
    public void Clean_model_builds_with_warnings_as_errors_and_no_SG_diagnostic()
    {
        var output = consumer.Build.Describe();

        Assert.True(consumer.Build.ExitCode == 0, output);
        Assert.Empty(BuildDiagnostic.Parse(consumer.Build.StandardOutput));
        Assert.DoesNotMatch(@"\b(warning|error|info) SG\d{4}\b", consumer.Build.StandardOutput);
        Assert.Contains("0 Warning(s)", consumer.Build.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generated_configuration_creates_the_expected_schema_on_PostgreSQL()
    {
        Assert.True(consumer.Build.ExitCode == 0, consumer.Build.Describe());
        var connectionString = await server.CreateDatabaseAsync();

        // Through the environment, so that a password in SCHEMAGEN_TEST_CONNECTION never shows in a logged command line.
        var run = await Dotnet.RunCheckedAsync(
            consumer.Directory.Path,
            Dotnet.ShortTimeout,
            ["run", "--no-build"],
            new Dictionary<string, string> { ["CLEAN_CONNECTION"] = connectionString });

        Assert.Contains("saved 1 user(s) and 1 post(s)", run.StandardOutput, StringComparison.Ordinal);
        var catalog = new Catalog(connectionString);
        var cancellation = TestContext.Current.CancellationToken;
        Assert.Equal(["post", "user"], await catalog.TablesAsync(cancellationToken: cancellation));
        Assert.Equal("pk_user", (await catalog.PrimaryKeyAsync("user", cancellationToken: cancellation))?.Name);
        Assert.Equal("pk_post", (await catalog.PrimaryKeyAsync("post", cancellationToken: cancellation))?.Name);

        var foreignKey = Assert.Single(await catalog.ForeignKeysAsync("post", cancellationToken: cancellation));
        Assert.Equal(("fk_post_user_author_id", "author_id", "user", "id"), (foreignKey.Name, Assert.Single(foreignKey.Columns), foreignKey.ReferencedTable, Assert.Single(foreignKey.ReferencedColumns)));

        var postIndexes = await catalog.IndexesAsync("post", cancellationToken: cancellation);
        var authorIndex = Assert.Single(postIndexes, i => i.Name == "ix_post_author_id");
        Assert.Equal(["author_id"], authorIndex.Columns);
        Assert.True(authorIndex.IsFull, authorIndex.Definition);
        var emailIndex = Assert.Single(await catalog.IndexesAsync("user", cancellationToken: cancellation), i => i.Name == "ix_user_email");
        Assert.True(emailIndex.IsUnique, emailIndex.Definition);

        // The mixin's timestamps, inherited from a base class.
        var columns = await catalog.ColumnsAsync("post", cancellationToken: cancellation);
        Assert.All(
            columns.Where(c => c.Name is "created_at" or "updated_at"),
            c => Assert.Equal(("timestamp with time zone", false, "now()"), (c.DataType, c.IsNullable, c.Default)));
        Assert.Equal(2, columns.Count(c => c.Name is "created_at" or "updated_at"));
    }

    [Fact]
    public void Generated_code_compiles_as_CSharp_12_in_the_SDK_compiler_that_is_newer_than_the_generator_Roslyn()
    {
        Assert.True(consumer.Build.ExitCode == 0, consumer.Build.Describe());

        // The generator ran: it wrote one configuration per entity and the entry points.
        var generated = consumer.Directory.GeneratedFiles();
        Assert.True(generated.Length >= 3, "Generated files: " + string.Join(", ", generated.Select(Path.GetFileName)));
        var text = string.Join("\n", generated.Select(File.ReadAllText));
        Assert.Contains("ApplySchemaGenConfigurations", text, StringComparison.Ordinal);
        Assert.Contains("UserSchemaGenConfiguration", text, StringComparison.Ordinal);
        Assert.Contains("PostSchemaGenConfiguration", text, StringComparison.Ordinal);

        // ... in the SDK's compiler, on C# 12 ...
        var reported = CompilerReport().Match(consumer.Build.StandardOutput);
        Assert.True(reported.Success, consumer.Build.Describe());
        Assert.Equal("12", reported.Groups["lang"].Value);
        var compiler = Version.Parse(reported.Groups["api"].Value);

        // ... which is newer than the Roslyn the generator is compiled against. That one must stay at 4.11 or older, so
        // that the package also loads in the .NET 8.0.4xx SDK and Visual Studio 17.11 (docs/packaging.md).
        var roslyn = PackageLayoutTests.References(consumer.Package.ReadEntry("analyzers/dotnet/cs/SchemaGen.Generator.dll"))
            .Single(r => r.Name == "Microsoft.CodeAnalysis").Version;
        Assert.True(roslyn <= new Version(4, 11, 0, 0), $"The generator references Microsoft.CodeAnalysis {roslyn}: the package would no longer load in Roslyn 4.11 (.NET 8.0.4xx SDK, Visual Studio 17.11).");
        Assert.True(compiler >= new Version(roslyn.Major, roslyn.Minor), $"The consumer was compiled by Roslyn {compiler}, older than the generator's {roslyn}.");
        Dotnet.Log($"generator compiled against Roslyn {roslyn}, consumer compiled by roslyn{compiler}");
    }

    [GeneratedRegex(@"consumer-compiler: roslyn(?<api>\d+\.\d+) langversion (?<lang>\S+)")]
    private static partial Regex CompilerReport();
}
