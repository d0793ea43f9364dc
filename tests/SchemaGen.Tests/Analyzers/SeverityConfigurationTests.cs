using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Tests.Analyzers;

/// <summary><c>dotnet_diagnostic.SGxxxx.severity</c> in <c>.editorconfig</c> changes what a rule reports.</summary>
public sealed class SeverityConfigurationTests
{
    private const string Source = """
        using System;
        using SchemaGen;

        [Entity]
        public class User
        {
            public Guid Id { get; set; }
        }

        [Entity]
        public class Post
        {
            public Guid Id { get; set; }

            [Field(ForeignKey = "user.id")]
            public Guid {|#0:AuthorId|} { get; set; }

            public string {|#1:Slug|} { get; set; } = "";
        }
        """;

    /// <summary>
    /// Raising a warning to an error makes Roslyn report it as a warning-as-error: <c>error SG1002</c> in the build
    /// output, failing the build. The testing library compares only <see cref="Diagnostic.Severity"/>, which stays
    /// <c>Warning</c> for those, so this test reads the effective severity from a workspace with the file itself.
    /// </summary>
    [Fact]
    public async Task Editorconfig_raises_SG1002_to_an_error()
    {
        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(projectId, "Blog", "Blog", LanguageNames.CSharp)
            .WithProjectCompilationOptions(projectId, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
            .AddMetadataReferences(projectId, References.All)
            .AddDocument(DocumentId.CreateNewId(projectId), "Post.cs", SourceText.From(Source.Replace("{|#0:", string.Empty).Replace("{|#1:", string.Empty).Replace("|}", string.Empty)), filePath: "/blog/Post.cs")
            .AddAnalyzerConfigDocument(
                DocumentId.CreateNewId(projectId),
                ".editorconfig",
                SourceText.From("root = true\n\n[*.cs]\ndotnet_diagnostic.SG1002.severity = error\n"),
                filePath: "/blog/.editorconfig");
        var compilation = await solution.GetProject(projectId)!.GetCompilationAsync(TestContext.Current.CancellationToken);

        var diagnostics = await compilation!
            .WithAnalyzers(ImmutableArray.Create(Analyzer.For<UnindexedForeignKeyAnalyzer>()))
            .GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticIds.UnindexedForeignKey, diagnostic.Id);
        Assert.True(diagnostic.IsWarningAsError || diagnostic.Severity == DiagnosticSeverity.Error, diagnostic.ToString());
        Assert.Contains("error SG1002", diagnostic.ToString());
    }

    [Fact]
    public Task Editorconfig_turns_SG1002_off() => Test<UnindexedForeignKeyAnalyzer>("dotnet_diagnostic.SG1002.severity = none").RunAsync(CancellationToken.None);

    [Fact]
    public Task Editorconfig_raises_info_SG1007_to_a_warning()
    {
        var test = Test<BusinessKeyAnalyzer>("dotnet_diagnostic.SG1007.severity = warning");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.BusinessKeyNotUnique)
            .WithSeverity(DiagnosticSeverity.Warning)
            .WithLocation(1)
            .WithArguments("post", "slug", "slug"));
        return test.RunAsync(CancellationToken.None);
    }

    private static RuleAnalyzerTest<TAnalyzer> Test<TAnalyzer>(string setting)
        where TAnalyzer : new()
    {
        var test = new RuleAnalyzerTest<TAnalyzer> { TestCode = Source };
        TestSetup.Configure(test.TestState, test);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + setting + "\n"));
        return test;
    }
}
