using System.Threading.Tasks;
using SchemaGen.CodeFixes;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.CodeFixVerifier<SchemaGen.Generator.Analyzers.MissingPrimaryKeyAnalyzer, SchemaGen.CodeFixes.AddPrimaryKeyCodeFix>;

namespace SchemaGen.Tests.CodeFixes;

public sealed class AddPrimaryKeyCodeFixTests
{
    [Fact]
    public Task Adds_a_Guid_Id_that_compiles_without_using_System() => Verify.VerifyAsync("""
        using SchemaGen;

        [Entity]
        public class {|#0:AuditEntry|}
        {
            public string Message { get; set; } = "";
        }
        """, """
        using SchemaGen;

        [Entity]
        public class AuditEntry
        {
            [Field(PrimaryKey = true)]
            public System.Guid Id { get; set; }

            public string Message { get; set; } = "";
        }
        """,
        AddPrimaryKeyCodeFix.AddIdEquivalenceKey,
        Verify.Diagnostic(Descriptors.MissingPrimaryKey).WithLocation(0).WithArguments("AuditEntry", "audit_entry"));

    [Fact]
    public Task Adds_Guid_with_using_System_and_a_qualified_attribute_without_using_SchemaGen() => Verify.VerifyAsync("""
        using System;

        [SchemaGen.Entity]
        public class {|#0:AuditEntry|}
        {
            public DateTime At { get; set; }
        }
        """, """
        using System;

        [SchemaGen.Entity]
        public class AuditEntry
        {
            [SchemaGen.Field(PrimaryKey = true)]
            public Guid Id { get; set; }

            public DateTime At { get; set; }
        }
        """,
        AddPrimaryKeyCodeFix.AddIdEquivalenceKey,
        Verify.Diagnostic(Descriptors.MissingPrimaryKey).WithLocation(0).WithArguments("AuditEntry", "audit_entry"));

    [Fact]
    public Task Marks_an_id_like_property_as_the_key() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class {|#0:AuditEntry|}
        {
            public Guid EntryId { get; set; }

            public string Message { get; set; } = "";
        }
        """, """
        using System;
        using SchemaGen;

        [Entity]
        public class AuditEntry
        {
            [Field(PrimaryKey = true)]
            public Guid EntryId { get; set; }

            public string Message { get; set; } = "";
        }
        """,
        AddPrimaryKeyCodeFix.MarkKeyEquivalenceKey,
        Verify.Diagnostic(Descriptors.MissingPrimaryKey).WithLocation(0).WithArguments("AuditEntry", "audit_entry"));

    [Fact]
    public Task Fix_all_adds_an_Id_to_every_keyless_entity() => Verify.VerifyAsync("""
        using SchemaGen;

        [Entity]
        public class {|#0:AuditEntry|}
        {
            public string Message { get; set; } = "";
        }

        [Entity]
        public class {|#1:Tag|}
        {
            public string Label { get; set; } = "";
        }
        """, """
        using SchemaGen;

        [Entity]
        public class AuditEntry
        {
            [Field(PrimaryKey = true)]
            public System.Guid Id { get; set; }

            public string Message { get; set; } = "";
        }

        [Entity]
        public class Tag
        {
            [Field(PrimaryKey = true)]
            public System.Guid Id { get; set; }

            public string Label { get; set; } = "";
        }
        """,
        AddPrimaryKeyCodeFix.AddIdEquivalenceKey,
        Verify.Diagnostic(Descriptors.MissingPrimaryKey).WithLocation(0).WithArguments("AuditEntry", "audit_entry"),
        Verify.Diagnostic(Descriptors.MissingPrimaryKey).WithLocation(1).WithArguments("Tag", "tag"));

    [Fact]
    public Task Fix_all_marks_the_key_of_every_entity() => Verify.VerifyAsync("""
        using SchemaGen;

        [Entity]
        public class {|#0:Product|}
        {
            public string Code { get; set; } = "";
        }

        [Entity]
        public class {|#1:Shipment|}
        {
            public long TrackingId { get; set; }
        }
        """, """
        using SchemaGen;

        [Entity]
        public class Product
        {
            [Field(PrimaryKey = true)]
            public string Code { get; set; } = "";
        }

        [Entity]
        public class Shipment
        {
            [Field(PrimaryKey = true)]
            public long TrackingId { get; set; }
        }
        """,
        AddPrimaryKeyCodeFix.MarkKeyEquivalenceKey,
        Verify.Diagnostic(Descriptors.MissingPrimaryKey).WithLocation(0).WithArguments("Product", "product"),
        Verify.Diagnostic(Descriptors.MissingPrimaryKey).WithLocation(1).WithArguments("Shipment", "shipment"));

    [Fact]
    public Task A_reference_by_name_is_not_offered_as_the_key_and_no_Id_is_added_over_an_unmapped_one() => Verify.VerifyAsync("""
        using System;
        using System.ComponentModel.DataAnnotations.Schema;
        using SchemaGen;

        [Entity]
        public class User
        {
            public Guid Id { get; set; }
        }

        [Entity]
        public class {|#0:AuditEntry|}
        {
            public Guid UserId { get; set; }

            [NotMapped]
            public int Id => 0;
        }
        """, """
        using System;
        using System.ComponentModel.DataAnnotations.Schema;
        using SchemaGen;

        [Entity]
        public class User
        {
            public Guid Id { get; set; }
        }

        [Entity]
        public class {|#0:AuditEntry|}
        {
            public Guid UserId { get; set; }

            [NotMapped]
            public int Id => 0;
        }
        """,
        Verify.Diagnostic(Descriptors.MissingPrimaryKey).WithLocation(0).WithArguments("AuditEntry", "audit_entry"));
}
