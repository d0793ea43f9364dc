using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Tests.Infrastructure;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.RandomGuidDefaultAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class RandomGuidDefaultAnalyzerTests
{
    internal const string UseCreateVersion7 = "Use Guid.CreateVersion7(), which is time-ordered.";
    internal const string RemoveDefault = "Remove the default: Npgsql's EF Core provider (9.0 and later) gives an empty Guid key a time-ordered UUIDv7 when the entity is added.";

    [Fact]
    public Task Key_initialised_with_NewGuid_is_flagged_on_the_property() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class Invoice
        {
            [Field(PrimaryKey = true)]
            public Guid {|#0:Id|} { get; set; } = {|#1:Guid.NewGuid()|};
        }
        """,
        Verify.Diagnostic(Descriptors.RandomGuidDefault).WithLocation(0).WithLocation(1).WithArguments("invoice.id", UseCreateVersion7));

    [Fact]
    public Task Key_assigned_NewGuid_in_constructors_is_flagged_with_every_assignment() => Verify.VerifyAsync("""
        using SchemaGen;

        public abstract class EntityBase
        {
            protected EntityBase() => Id = {|#1:global::System.Guid.NewGuid()|};

            public System.Guid {|#0:Id|} { get; set; }
        }

        [Entity]
        public class Invoice : EntityBase
        {
            public Invoice()
            {
                this.Id = {|#2:System.Guid.NewGuid()|};
                Number = "draft";
            }

            public string Number { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.RandomGuidDefault).WithLocation(0).WithLocation(2).WithLocation(1).WithArguments("invoice.id", UseCreateVersion7));

    [Fact]
    public Task Time_ordered_keys_and_random_values_in_columns_that_are_no_key_are_fine() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class Invoice
        {
            public Guid Id { get; set; } = Guid.CreateVersion7();

            public Guid CorrelationId { get; set; } = Guid.NewGuid();

            [Field(ForeignKey = "invoice.id", Index = true)]
            public Guid? ParentId { get; set; }
        }

        [Entity]
        public class Payment
        {
            public Guid Id { get; set; }

            public Payment()
            {
                if (Id == Guid.Empty)
                {
                    Id = Guid.NewGuid();
                }
            }
        }
        """);

    [Fact]
    public Task Classes_that_are_no_entity_are_not_judged() => Verify.VerifyAsync("""
        using System;

        public class InvoiceDto
        {
            public Guid Id { get; set; } = Guid.NewGuid();
        }
        """);

    [Fact]
    public async Task Without_CreateVersion7_the_message_says_to_remove_the_default()
    {
        var test = NetStandardTest<RuleAnalyzerTest<RandomGuidDefaultAnalyzer>>("""
            using System;
            using SchemaGen;

            [Entity]
            public class Invoice
            {
                public Guid {|#0:Id|} { get; set; } = {|#1:Guid.NewGuid()|};
            }
            """);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(Descriptors.RandomGuidDefault).WithLocation(0).WithLocation(1).WithArguments("invoice.id", RemoveDefault));
        await test.RunAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A test against .NET Standard 2.0, whose System.Guid has no CreateVersion7.</summary>
    internal static TTest NetStandardTest<TTest>(string source)
        where TTest : AnalyzerTest<DefaultVerifier>, new()
    {
        var test = new TTest
        {
            TestCode = source,
            ReferenceAssemblies = ReferenceAssemblies.NetStandard.NetStandard20,
        };
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(SchemaGen.EntityAttribute).Assembly.Location));
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectParseOptions(
            projectId,
            ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp12)));
        return test;
    }
}
