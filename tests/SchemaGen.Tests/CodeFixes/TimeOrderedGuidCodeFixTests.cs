using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SchemaGen.CodeFixes;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Tests.Analyzers;
using SchemaGen.Tests.Infrastructure;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.CodeFixVerifier<SchemaGen.Generator.Analyzers.RandomGuidDefaultAnalyzer, SchemaGen.CodeFixes.TimeOrderedGuidCodeFix>;

namespace SchemaGen.Tests.CodeFixes;

public sealed class TimeOrderedGuidCodeFixTests
{
    [Fact]
    public Task Fix_all_uses_CreateVersion7_in_initializers_and_constructors() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class Invoice
        {
            public Guid {|#0:Id|} { get; set; } = {|#1:Guid.NewGuid()|};
        }

        [Entity]
        public class Payment
        {
            public Payment()
            {
                Id = {|#3:System.Guid.NewGuid()|};
            }

            [Field(PrimaryKey = true)]
            public Guid {|#2:Id|} { get; set; }
        }
        """, """
        using System;
        using SchemaGen;

        [Entity]
        public class Invoice
        {
            public Guid Id { get; set; } = Guid.CreateVersion7();
        }

        [Entity]
        public class Payment
        {
            public Payment()
            {
                Id = System.Guid.CreateVersion7();
            }

            [Field(PrimaryKey = true)]
            public Guid Id { get; set; }
        }
        """,
        TimeOrderedGuidCodeFix.CreateVersion7EquivalenceKey,
        Verify.Diagnostic(Descriptors.RandomGuidDefault).WithLocation(0).WithLocation(1).WithArguments("invoice.id", RandomGuidDefaultAnalyzerTests.UseCreateVersion7),
        Verify.Diagnostic(Descriptors.RandomGuidDefault).WithLocation(2).WithLocation(3).WithArguments("payment.id", RandomGuidDefaultAnalyzerTests.UseCreateVersion7));

    [Fact]
    public async Task Without_CreateVersion7_fix_all_removes_the_defaults()
    {
        var test = RandomGuidDefaultAnalyzerTests.NetStandardTest<RuleCodeFixTest<RandomGuidDefaultAnalyzer, TimeOrderedGuidCodeFix>>("""
            using System;
            using SchemaGen;

            [Entity]
            public class Invoice
            {
                public Guid {|#0:Id|} { get; set; } = {|#1:Guid.NewGuid()|};

                public string Number { get; set; } = "";
            }

            [Entity]
            public class Payment
            {
                public Payment()
                {
                    // A new payment gets a key at once.
                    Id = {|#3:Guid.NewGuid()|};
                    Amount = 0m;
                }

                public Guid {|#2:Id|} { get; set; }

                public decimal Amount { get; set; }
            }
            """);
        test.FixedCode = """
            using System;
            using SchemaGen;

            [Entity]
            public class Invoice
            {
                public Guid Id { get; set; }

                public string Number { get; set; } = "";
            }

            [Entity]
            public class Payment
            {
                public Payment()
                {
                    Amount = 0m;
                }

                public Guid Id { get; set; }

                public decimal Amount { get; set; }
            }
            """;
        test.CodeActionEquivalenceKey = TimeOrderedGuidCodeFix.RemoveDefaultEquivalenceKey;
        test.FixedState.AdditionalReferences.Add(Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(typeof(SchemaGen.EntityAttribute).Assembly.Location));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(Descriptors.RandomGuidDefault).WithLocation(0).WithLocation(1).WithArguments("invoice.id", RandomGuidDefaultAnalyzerTests.RemoveDefault));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(Descriptors.RandomGuidDefault).WithLocation(2).WithLocation(3).WithArguments("payment.id", RandomGuidDefaultAnalyzerTests.RemoveDefault));
        await test.RunAsync(TestContext.Current.CancellationToken);
    }
}
