using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Tests.Analyzers;

/// <summary>The SG3xxx analyzers on half-written code: never an exception (AD0001), whatever is missing.</summary>
public sealed class SchemaDesignRulesRobustnessTests
{
    private static readonly DiagnosticAnalyzer[] Analyzers =
    {
        new SchemaRulesAnalyzer(
            new ReservedWordAnalyzer(),
            new TimestampWithoutTimeZoneAnalyzer(),
            new JsonColumnTypeAnalyzer(),
            new FixedLengthTextAnalyzer(),
            new SerialColumnAnalyzer(),
            new IntPrimaryKeyAnalyzer(),
            new RedundantIndexAnalyzer(),
            new RandomGuidDefaultAnalyzer(),
            new NullableBooleanAnalyzer(),
            new NotSnakeCaseAnalyzer(),
            new FloatingPointMoneyAnalyzer(),
            new ByteArrayRowVersionAnalyzer()),
    };

    public static TheoryData<string> HalfWritten => new()
    {
        """
        using System;
        using System.ComponentModel.DataAnnotations;
        using System.ComponentModel.DataAnnotations.Schema;
        using SchemaGen;

        [Entity(Name = )]
        [TableIndex(]
        [TableIndex("ix_a", )]
        [TableIndex("", "")]
        [TableIndex("ix_b", nameof(Missing), Where = )]
        [Microsoft.EntityFrameworkCore.Index()]
        public class Broken
        {
            [Field(ColumnType = )] public DateTime A { get; set; }
            [Field(ColumnType = null)] public string B { get; set; }
            [Field(ColumnType = "")] public string C { get; set; }
            [Field(ColumnType = "varchar(")] public string D { get; set; }
            [Field(ColumnType = ")(")] public string E { get; set; }
            [Field(ColumnType = "[]")] public string F { get; set; }
            [Column(TypeName = "timestamp(3")] public DateTime G { get; set; }
            [Field(ColumnType = "serial", PrimaryKey = true)] public int Id { get; set; } = Guid.NewGuid(
            public Guid Key { get; set; } = Guid.NewGuid;
            [Timestamp] public byte[] { get; set; }
            public double Price
            public bool?
            [Field(Name = "")] public int H { get; set; }
            [Field(Name = null)] public int I { get; set; }
            [Field(PrimaryKey = true)] public int
        }
        """,
        """
        using System;
        using SchemaGen;

        [Entity(Name = "Bad Name")]
        public class X : Missing
        {
            public X() { Id = Guid.NewGuid(; }
            public X(int a) => Id = ;
            public Guid Id { get; set; } = ;
        }

        [Entity]
        public partial class Y
        {
            [Field(ForeignKey = "x.id")] public int XId { get; set; }
            [Field(ForeignKey = "nope.")] public int Z { get; set; }
            [Field(ForeignKey = ".")] public int W { get; set; }
            [Field(Index = true, Unique = true)] public Unknown U { get; set; }
        }

        [Entity]
        public partial class Y
        {
            public int Id { get; set
        """,
        """
        using SchemaGen;

        [Entity]
        [TableIndex("ix_t_a", "a", "a", Unique = true)]
        [TableIndex("ix_t_a2", "a")]
        [TableIndex("ix_t_a3", "a", Include = new string[] { null, "" })]
        [TableIndex("ix_t_a4", "a", Method = "")]
        [Check("a >")]
        public class T
        {
            public int A { get; set; }
            public int Id { get; set; }
            [Field(ForeignKey = "t.id", PrimaryKey = true)] public int Self { get; set; }
        }

        [Entity]
        public class G<TKey>
        {
            public TKey Id { get; set; }
        }
        """,
    };

    [Theory]
    [MemberData(nameof(HalfWritten))]
    public async Task Analyzers_never_throw(string source)
    {
        var compilation = CSharpCompilation.Create(
            "HalfWritten",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12), cancellationToken: TestContext.Current.CancellationToken) },
            References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var exceptions = new ConcurrentBag<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(Analyzers.ToImmutableArray(), options).GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }
}
