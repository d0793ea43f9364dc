using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Tests.Analyzers;

/// <summary>Every analyzer keeps quiet rather than throw (AD0001) on code that is being typed.</summary>
public sealed class HalfWrittenCodeTests
{
    public static TheoryData<string> Snippets => new()
    {
        "[Entity] public class {",
        "[Entity(Name = )] public class User { [Field(ForeignKey = )] public System.Guid X { get; set; } }",
        "[Entity(Name = \"\", Schema = \"\")] public class Users { [Field(Name = \"\")] public string Password { get; set; } = \"\"; }",
        """
        [Entity, SoftDelete]
        [TableIndex(null)]
        [TableIndex("ix", "email", Unique = true, Where = null)]
        [TableIndex("", "email", Unique = true, Where = "deleted_at IS NULL OR (")]
        [Check(null)]
        [Check("status IN (")]
        [Check("status = ANY (ARRAY['a', ")]
        [Check("'unterminated")]
        [Check("\"unterminated")]
        [Check("$$ dollar")]
        [Check("/* comment")]
        [Check("x::")]
        [Check(")))(((")]
        [Check("", Name = "")]
        public class Order { public Status Status { get; set; } public DeletedAt { get; set; } public string Email { get; set; } }
        public enum Status { }
        """,
        """
        [Entity]
        public class User
        {
            [Relationship(LinkModel = typeof(Missing))] public System.Collections.Generic.List<Nope> Roles { get; set; }
            [Relationship(LinkModel = typeof(int))] public System.Collections.Generic.List<User> Friends { get; set; }
            [Relationship(LinkModel = null)] public System.Collections.Generic.List<User> Others { get; set; }
            [Field(Jsonb = true)] public Unknown Data { get; set; }
            [Field(Jsonb = true)] public int? Number { get; set; }
        }
        """,
        "[Entity] public class Generic<T> { public T Id { get; set; } }",
        "[Entity] public class A : B { } [Entity] public class B : A { public System.DateTime CreatedAt { get; set; } = System.DateTime.Now; }",
        """
        [Entity] public class Post { public System.Guid Id { get; set; } public System.DateTime CreatedAt { get; set; } }
        public static class P { public static void M(Post p) { p.CreatedAt = System.DateTime.; p.CreatedAt = ; p.Missing = System.DateTime.Now; new Post { CreatedAt = System.DateTime.Now, }; } }
        """,
        "[Entity] [SoftDelete] public partial class Split { } public partial class Split { public int DeletedAt; }",
        "[Entity] [Check(\"status IN ()\")] public class Empty { public Kind Status { get; set; } } public enum Kind { A = 1, B = A }",
    };

    /// <summary>
    /// A null array argument (<c>[TableIndex("ix", null)]</c>, <c>Include = null</c>) makes the parser's
    /// <c>SymbolExtensions.Strings</c> read <c>TypedConstant.Value</c> of an array, which throws, so every rule
    /// reports AD0001. The fix belongs in <c>Parsing/</c> (check <c>IsNull</c> before <c>Value</c>).
    /// </summary>
    [Fact]
    public Task No_analyzer_throws_on_a_null_array_argument()
        => No_analyzer_throws("[Entity] [TableIndex(\"ix\", null)] [TableIndex(\"ix2\", \"name\", Include = null)] public class User { public string Name { get; set; } = \"\"; }");

    [Theory]
    [MemberData(nameof(Snippets))]
    public async Task No_analyzer_throws(string snippet)
    {
        var source = "using System;\nusing SchemaGen;\n\n" + snippet;
        var compilation = CSharpCompilation.Create(
            "HalfWritten",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12), cancellationToken: TestContext.Current.CancellationToken) },
            References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var analyzers = Analyzer.All;
        var exceptions = new ConcurrentBag<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);

        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }
}
