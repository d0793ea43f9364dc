using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Tests.Analyzers;

/// <summary>
/// A model with many mistakes at once, under every analyzer together: each expected diagnostic appears exactly
/// once, on the exact token, and nothing throws (no AD0001). Deliberately absent: SG2009 for <c>DateTime.Now</c> into a
/// <c>timestamp</c> (without time zone) column, which accepts local times; SG1006 on a soft-deleted entity that has no
/// <c>DeletedAt</c> at all (SG2008 says that); SG2002, since the int key and the int foreign key agree.
/// </summary>
public sealed class ManyMistakesTests
{
    private const string Source = """
        using System;
        using SchemaGen;

        namespace Shop;

        public abstract class Stamped
        {
            public DateTimeOffset CreatedAt { get; set; }
            public DateTimeOffset UpdatedAt { get; set; }
        }

        [Entity]
        public class Users
        {
            public int Id { get; set; }
            public string Email { get; set; } = "";
            public string Password { get; set; } = "";
            public bool? IsAdmin { get; set; }
            public double Balance { get; set; }
            [Field(ColumnType = "timestamp")]
            public DateTime LastSeen { get; set; } = DateTime.Now;
        }

        [Entity]
        public class Order : Stamped
        {
            public Guid Id { get; set; }
            [Field(ForeignKey = "users.id")]
            public int CustomerId { get; set; }
            [Field(ForeignKey = "usr.id", Index = true)]
            public Guid OtherId { get; set; }
            [Field(Jsonb = true)]
            public int Count { get; set; }
            [Field(ColumnType = "json")]
            public string? Raw { get; set; }
        }

        [Entity]
        [SoftDelete]
        public class Note : Stamped
        {
            public Guid Id { get; set; }
        }

        [Entity]
        public class AuditEntry : Stamped
        {
            public string Message { get; set; } = "";
        }
        """;

    [Fact]
    public async System.Threading.Tasks.Task Each_mistake_is_reported_once_at_its_token()
    {
        var compilation = GeneratorHarness.CreateCompilation(new[] { Source });
        var analyzers = Analyzer.All;
        var exceptions = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), (e, _, _) => exceptions.Add(e), concurrentAnalysis: true, logAnalyzerExecutionTime: false);

        var diagnostics = await compilation.WithAnalyzers(analyzers, options)
            .GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);

        Assert.Empty(exceptions);
        var actual = diagnostics
            .Select(d => $"{d.Id} {d.Location.GetLineSpan().StartLinePosition.Line + 1}:{d.Location.SourceTree!.GetText(TestContext.Current.CancellationToken).ToString(d.Location.SourceSpan)}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(
            [
                "SG1001 46:AuditEntry",
                "SG1002 29:CustomerId",
                "SG1003 13:Users",
                "SG1004 13:Users",
                "SG1005 17:Password",
                "SG1007 16:Email",
                "SG2001 31:OtherId",
                "SG2007 33:Count",
                "SG2008 40:Note",
                "SG3001 25:Order",
                "SG3002 21:LastSeen",
                "SG3003 35:Raw",
                "SG3006 15:Id",
                "SG3009 18:IsAdmin",
                "SG3011 19:Balance",
            ],
            actual);
    }
}
