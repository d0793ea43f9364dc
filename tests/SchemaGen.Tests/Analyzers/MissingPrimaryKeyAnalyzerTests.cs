using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.MissingPrimaryKeyAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class MissingPrimaryKeyAnalyzerTests
{
    [Fact]
    public Task Entity_without_any_key_is_flagged_on_the_class_name() => Verify.VerifyAsync("""
        using SchemaGen;

        [Entity]
        public class {|#0:AuditEntry|}
        {
            public string Message { get; set; } = "";
        }
        """,
        Verify.Diagnostic(Descriptors.MissingPrimaryKey).WithLocation(0).WithArguments("AuditEntry", "audit_entry"));

    [Theory]
    [InlineData("[Field(PrimaryKey = true)] public System.Guid Code { get; set; }")]
    [InlineData("[System.ComponentModel.DataAnnotations.Key] public System.Guid Code { get; set; }")]
    [InlineData("public System.Guid Id { get; set; }")]
    [InlineData("public long AuditEntryId { get; set; }")]
    [InlineData("public System.Guid ID { get; set; }")]
    public Task Any_key_that_EF_Core_accepts_is_fine(string key) => Verify.VerifyAsync($$"""
        using SchemaGen;

        [Entity]
        public class AuditEntry
        {
            {{key}}
            public string Message { get; set; } = "";
        }
        """);

    [Fact]
    public Task Key_inherited_from_a_base_class_counts() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        public abstract class EntityBase
        {
            public Guid Id { get; set; }
        }

        [Entity]
        public class AuditEntry : EntityBase
        {
            public string Message { get; set; } = "";
        }
        """);

    [Fact]
    public Task Class_without_Entity_is_not_judged() => Verify.VerifyAsync("""
        public class AuditEntry
        {
            public string Message { get; set; } = "";
        }
        """);
}
