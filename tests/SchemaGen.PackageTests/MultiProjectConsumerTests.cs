using System;
using System.Linq;
using System.Threading.Tasks;
using SchemaGen.IntegrationTests.Infrastructure;
using SchemaGen.PackageTests.Harness;
using Xunit;

namespace SchemaGen.PackageTests;

/// <summary>
/// The <c>Consumers/MultiProject</c> solution, restored from the package and built once (warnings as errors):
/// <list type="bullet">
/// <item><c>Catalog</c>, an entity library with <c>SchemaGenPublic=true</c>, and <c>Storefront</c>, the DbContext
/// project that references only Catalog;</item>
/// <item><c>Billing</c> and <c>Crm</c>, two entity libraries with the default internal entry points (each wraps its
/// own in a public method), and <c>Backoffice</c>, a DbContext project with entities of its own that references
/// both and SchemaGen.</item>
/// </list>
/// </summary>
public sealed class MultiProjectConsumer(SchemaGenPackage package) : IAsyncLifetime
{
    public ConsumerDirectory Directory { get; private set; } = null!;

    internal ProcessResult Build { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Directory = ConsumerDirectory.Create("MultiProject", package);
        Build = await Dotnet.BuildAsync(Directory.Path, "MultiProject.slnx");
    }

    /// <summary>Runs one of the built programs, which prints the DDL of its model.</summary>
    public async Task<string> RunAsync(string project)
    {
        Assert.True(Build.ExitCode == 0, Build.Describe());
        var run = await Dotnet.RunCheckedAsync(Directory.Path, Dotnet.ShortTimeout, ["run", "--no-build", "--project", project]);
        return run.StandardOutput;
    }

    public ValueTask DisposeAsync()
    {
        Directory?.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>Entities in class libraries and the DbContext in another project.</summary>
public sealed class MultiProjectConsumerTests(MultiProjectConsumer consumer) : IClassFixture<MultiProjectConsumer>
{
    [Fact]
    public void All_five_projects_build_with_warnings_as_errors()
    {
        Assert.True(consumer.Build.ExitCode == 0, consumer.Build.Describe());
        Assert.Empty(BuildDiagnostic.Parse(consumer.Build.StandardOutput));
    }

    [Fact]
    public async Task DbContext_project_applies_the_public_configurations_of_an_entity_library()
    {
        var ddl = await consumer.RunAsync("Storefront");

        Assert.Contains("CREATE TABLE author (", ddl, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE book (", ddl, StringComparison.Ordinal);
        Assert.Contains("CONSTRAINT fk_book_author_author_id FOREIGN KEY (author_id) REFERENCES author (id)", ddl, StringComparison.Ordinal);
        Assert.Contains("CREATE INDEX ix_book_author_id ON book (author_id);", ddl, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_that_sees_SchemaGen_only_through_a_ProjectReference_does_not_run_the_generator()
    {
        Assert.True(consumer.Build.ExitCode == 0, consumer.Build.Describe());

        // The SDK hands a package's analyzers to projects that reference it only transitively (dotnet/sdk#968); the
        // package's targets take them out again, so Storefront gets no second, empty set of entry points.
        Assert.Empty(consumer.Directory.GeneratedFiles("Storefront"));
        Assert.True(
            System.IO.Directory.Exists(consumer.Directory.FullPath("Storefront/obj/Debug/net10.0/generated")),
            "Storefront emits generated files (EmitCompilerGeneratedFiles), so an empty SchemaGen folder means the generator did not run.");
    }

    [Fact]
    public async Task Two_entity_libraries_and_the_DbContext_project_each_keep_their_own_internal_entry_points()
    {
        var ddl = await consumer.RunAsync("Backoffice");

        var tables = ddl.Split('\n')
            .Where(line => line.StartsWith("CREATE TABLE ", StringComparison.Ordinal))
            .Select(line => line["CREATE TABLE ".Length..].TrimEnd(' ', '('))
            .Order(StringComparer.Ordinal);
        Assert.Equal(["audit_event", "contact", "invoice"], tables);
        Assert.Contains("CONSTRAINT pk_invoice PRIMARY KEY (id)", ddl, StringComparison.Ordinal);
        Assert.Contains("CONSTRAINT pk_contact PRIMARY KEY (id)", ddl, StringComparison.Ordinal);
        // UseSchemaGen().UseBilling().UseCrm(): each assembly's interceptor keeps that assembly's timestamps.
        Assert.Contains("-- save interceptors from: Backoffice, Billing, Crm", ddl, StringComparison.Ordinal);
    }
}
