using System;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Parsing;
using SchemaGen.Tests.Infrastructure;
using SchemaGen.Tests.Meta;
using Xunit;

namespace SchemaGen.Tests.Robustness;

public sealed class DeterminismAndEscapingTests
{
    [Fact]
    public void Attribute_strings_are_emitted_as_data_never_as_code()
    {
        const string injection = "\"); System.Console.WriteLine(\"x";
        var result = GeneratorHarness.Run($$"""
            using System;
            using SchemaGen;
            namespace Shop;
            [Entity(Comment = {{SymbolDisplay.FormatLiteral(injection + " */ {0} \\ \n", true)}})]
            [Check({{SymbolDisplay.FormatLiteral(injection, true)}}, Name = "x")]
            public class Item
            {
                public Guid Id { get; set; }
                [Field(DefaultSql = {{SymbolDisplay.FormatLiteral("'a\"b' || E'\\n'", true)}}, Comment = "*/ #region {")]
                public string Label { get; set; } = "";
            }
            """);

        var item = result.File("Shop.Item.g.cs");
        Assert.Contains("table.HasCheckConstraint(\"ck_item_x\", \"\\\"); System.Console.WriteLine(\\\"x\")", item);
        Assert.Contains("table.HasComment(\"\\\"); System.Console.WriteLine(\\\"x */ {0} \\\\ \\n\")", item);
        Assert.Contains(".HasDefaultValueSql(\"'a\\\"b' || E'\\\\n'\")", item);

        // Nothing in any generated file calls Console: the text stayed inside string literals.
        foreach (var tree in result.Output.SyntaxTrees.Where(t => t.FilePath.Contains("SchemaGen.Generator", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(tree.GetRoot(TestContext.Current.CancellationToken).DescendantNodes().OfType<MemberAccessExpressionSyntax>(), m => m.Name.Identifier.Text == "WriteLine");
        }

        // And the strings reach EF Core unchanged.
        var check = result.Output.SyntaxTrees.Single(t => t.FilePath.EndsWith("Shop.Item.g.cs", StringComparison.Ordinal)).GetRoot(TestContext.Current.CancellationToken)
            .DescendantNodes().OfType<InvocationExpressionSyntax>().Single(i => i.Expression.ToString() == "table.HasCheckConstraint");
        Assert.Equal(injection, ((LiteralExpressionSyntax)check.ArgumentList.Arguments[1].Expression).Token.ValueText);
    }

    [Fact]
    public void Same_model_gives_byte_identical_output_whatever_the_file_and_declaration_order()
    {
        var classes = Directory.GetFiles(Path.Combine(DescriptorTests.RepositoryRoot(), "samples", "Blog", "Models"), "*.cs")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        var expected = GeneratorHarness.Run(classes).Files;

        var random = new Random(20261125);
        for (var round = 0; round < 8; round++)
        {
            var shuffled = classes.OrderBy(_ => random.Next()).ToArray();

            // Also merge some files, so declarations move between files and change order inside one.
            var merged = round % 2 == 0 ? shuffled : new[] { Merge(shuffled.Take(3)) }.Concat(shuffled.Skip(3)).ToArray();
            var actual = GeneratorHarness.Run(merged).Files;

            Assert.Equal(expected.Keys, actual.Keys);
            foreach (var (hint, text) in expected)
            {
                Assert.Equal(text, actual[hint]);
            }
        }
    }

    [Fact]
    public void Parser_honours_cancellation()
    {
        var compilation = GeneratorHarness.CreateCompilation(new[] { Models.UserPost });
        var user = compilation.GetTypeByMetadataName("Blog.Models.User")!;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.NotNull(SchemaParser.Parse(user, CancellationToken.None));
        Assert.Throws<OperationCanceledException>(() => SchemaParser.Parse(user, cancelled.Token));
    }

    [Fact]
    public async System.Threading.Tasks.Task Analyzers_honour_cancellation()
    {
        var compilation = GeneratorHarness.CreateCompilation(new[] { Models.UserPost });
        var analyzers = Analyzer.All;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync(cancelled.Token));
    }

    /// <summary>One file with the usings of all, one namespace, and every declaration in the given order.</summary>
    private static string Merge(System.Collections.Generic.IEnumerable<string> sources)
    {
        var lines = sources.SelectMany(s => s.Split('\n')).ToList();
        var usings = lines.Where(l => l.StartsWith("using ", StringComparison.Ordinal)).Distinct();
        var body = lines.Where(l => !l.StartsWith("using ", StringComparison.Ordinal) && !l.StartsWith("namespace ", StringComparison.Ordinal));
        return string.Join("\n", usings) + "\nnamespace Blog.Models;\n" + string.Join("\n", body);
    }
}
