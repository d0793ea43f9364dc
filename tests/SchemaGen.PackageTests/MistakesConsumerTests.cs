using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SchemaGen.IntegrationTests.Infrastructure;
using SchemaGen.PackageTests.Harness;
using Xunit;

namespace SchemaGen.PackageTests;

/// <summary>
/// The <c>Consumers/Mistakes</c> project, restored from the package and built once: a class without a key, a plural
/// class name, and three unindexed foreign keys, one in each of <c>Models/</c> (default severity),
/// <c>Models/Strict/</c> (<c>.editorconfig</c>: error) and <c>Models/Relaxed/</c> (<c>.editorconfig</c>: none).
/// </summary>
public sealed class MistakesConsumer(SchemaGenPackage package) : IAsyncLifetime
{
    public const string Shop = "Models/Shop.cs";
    public const string Strict = "Models/Strict/Parcel.cs";
    public const string Relaxed = "Models/Relaxed/Refund.cs";

    public ConsumerDirectory Directory { get; private set; } = null!;

    /// <summary>The first build, before any test changes a file.</summary>
    internal ProcessResult Build { get; private set; } = null!;

    public IReadOnlyList<BuildDiagnostic> Diagnostics { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        Directory = ConsumerDirectory.Create("Mistakes", package);
        Build = await Dotnet.BuildAsync(Directory.Path);
        Diagnostics = BuildDiagnostic.Parse(Build.StandardOutput);
    }

    /// <summary>The SchemaGen diagnostics of one file of the first build.</summary>
    public IReadOnlyList<BuildDiagnostic> In(string relativePath, string id) =>
        Diagnostics.Where(d => d.File == Directory.FullPath(relativePath) && d.Id == id).ToList();

    public ValueTask DisposeAsync()
    {
        Directory?.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>SchemaGen's diagnostics in a consumer's build output, their .editorconfig severities, and its code fix.</summary>
public sealed class MistakesConsumerTests(MistakesConsumer consumer) : IClassFixture<MistakesConsumer>
{
    [Fact]
    public void Entity_without_a_key_is_error_SG1001_on_the_class_name_and_fails_the_build()
    {
        var diagnostic = Assert.Single(consumer.In(MistakesConsumer.Shop, "SG1001"));

        Assert.Equal("error", diagnostic.Severity);
        Assert.Equal(Position(MistakesConsumer.Shop, "class AuditEntry", "AuditEntry"), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("AuditEntry", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("docs/rules/SG1001.md", diagnostic.Message, StringComparison.Ordinal);
        Assert.NotEqual(0, consumer.Build.ExitCode);
    }

    [Fact]
    public void Unindexed_foreign_key_is_warning_SG1002_on_the_property_name()
    {
        var diagnostic = Assert.Single(consumer.In(MistakesConsumer.Shop, "SG1002"));

        Assert.Equal("warning", diagnostic.Severity);
        Assert.Equal(Position(MistakesConsumer.Shop, "public Guid CustomerId", "CustomerId"), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("docs/rules/SG1002.md", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plural_class_name_is_warning_SG1003_on_the_class_name()
    {
        var diagnostic = Assert.Single(consumer.In(MistakesConsumer.Shop, "SG1003"));

        Assert.Equal("warning", diagnostic.Severity);
        Assert.Equal(Position(MistakesConsumer.Shop, "class Shipments", "Shipments"), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("docs/rules/SG1003.md", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Model_mistakes_give_SG_diagnostics_only_never_analyzer_or_generator_failures_or_errors_in_generated_code()
    {
        var others = consumer.Diagnostics.Where(d => !d.Id.StartsWith("SG", StringComparison.Ordinal)).ToList();

        Assert.True(others.Count == 0, "Unexpected diagnostics:\n" + string.Join("\n", others));
        Assert.DoesNotContain("AD0001", consumer.Build.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8785", consumer.Build.StandardOutput, StringComparison.Ordinal);
        // Every diagnostic points into the consumer's own files, none into generated code.
        Assert.All(consumer.Diagnostics, d => Assert.StartsWith(consumer.Directory.FullPath("Models/"), d.File, StringComparison.Ordinal));
    }

    [Fact]
    public void EditorConfig_severity_error_turns_SG1002_into_an_error()
    {
        var diagnostic = Assert.Single(consumer.In(MistakesConsumer.Strict, "SG1002"));

        Assert.Equal("error", diagnostic.Severity);
        Assert.Equal(Position(MistakesConsumer.Strict, "public Guid CustomerId", "CustomerId"), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void EditorConfig_severity_none_removes_SG1002()
    {
        Assert.Empty(consumer.In(MistakesConsumer.Relaxed, "SG1002"));
        Assert.DoesNotContain(consumer.Diagnostics, d => d.File == consumer.Directory.FullPath(MistakesConsumer.Relaxed));
    }

    [Fact]
    public async Task Dotnet_format_applies_the_packaged_SG1002_fix_and_the_rebuild_has_no_SG1002()
    {
        // `dotnet format analyzers` runs the project's analyzers and applies the code fixes that the package's
        // SchemaGen.CodeFixes.dll offers for them; --severity info includes warnings and errors.
        var format = await Dotnet.RunAsync(
            consumer.Directory.Path,
            Dotnet.BuildTimeout,
            ["format", "analyzers", "--diagnostics", "SG1002", "--severity", "info", "-v", "diag"]);
        Assert.True(format.ExitCode == 0, format.Describe());

        // The fixed foreign keys have Index = true; the one whose rule is off is left alone.
        const string Fixed = @"\[Field\(ForeignKey = ""customer\.id"",\s*Index = true\)\]\s+public Guid CustomerId";
        Assert.Matches(Fixed, consumer.Directory.Read(MistakesConsumer.Shop));
        Assert.Matches(Fixed, consumer.Directory.Read(MistakesConsumer.Strict));
        Assert.Contains("[Field(ForeignKey = \"customer.id\")]", consumer.Directory.Read(MistakesConsumer.Relaxed), StringComparison.Ordinal);

        var rebuild = await Dotnet.BuildAsync(consumer.Directory.Path);
        var diagnostics = BuildDiagnostic.Parse(rebuild.StandardOutput);
        Assert.DoesNotContain(diagnostics, d => d.Id == "SG1002");
        // The analyzers did run: the mistakes format was not asked to fix are still reported.
        Assert.Contains(diagnostics, d => d.Id == "SG1001");
        Assert.Contains(diagnostics, d => d.Id == "SG1003");
    }

    private (int Line, int Column) Position(string relativePath, string context, string identifier) =>
        SourceText.Locate(consumer.Directory.Read(relativePath), context, identifier);
}
