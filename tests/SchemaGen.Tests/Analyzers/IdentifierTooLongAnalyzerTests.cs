using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.IdentifierTooLongAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class IdentifierTooLongAnalyzerTests
{
    private static readonly string Long64 = "customer_" + new string('x', 55);

    private static string Truncated(string name, string truncated)
        => "PostgreSQL would silently truncate it to '" + truncated + "', so the database name differs from the model and two such names can collide";

    [Fact]
    public Task Long_table_and_schema_names_are_flagged_on_the_class() => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;

        [Entity(Name = "{{Long64}}", Schema = "{{Long64}}")]
        public class {|#0:Customer|}
        {
            public Guid Id { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.IdentifierTooLong).WithLocation(0).WithArguments("Table name", Long64, "64", Truncated(Long64, Long64.Substring(0, 63))),
        Verify.Diagnostic(Descriptors.IdentifierTooLong).WithLocation(0).WithArguments("Schema name", Long64, "64", Truncated(Long64, Long64.Substring(0, 63))));

    [Fact]
    public Task Bytes_are_counted_in_UTF8_and_cut_at_a_character() => Verify.VerifyAsync($$"""
        using System;
        using System.ComponentModel.DataAnnotations.Schema;
        using SchemaGen;

        [Entity]
        public class Customer
        {
            public Guid Id { get; set; }

            [Column("{{new string('ü', 32)}}")]
            public string {|#0:Note|} { get; set; } = "";
        }
        """,
        Verify.Diagnostic(Descriptors.IdentifierTooLong).WithLocation(0).WithArguments(
            "Column name on 'customer'", new string('ü', 32), "64", Truncated(new string('ü', 32), new string('ü', 31))));

    [Fact]
    public Task Long_index_and_check_names_are_flagged_on_the_attribute() => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;

        [Entity]
        [{|#0:TableIndex("{{Long64}}", nameof(Email))|}]
        [{|#1:Check("char_length(email) > 3", Name = "{{new string('e', 60)}}")|}]
        public class Customer
        {
            public Guid Id { get; set; }
            public string Email { get; set; } = "";
        }
        """,
        Verify.Diagnostic(Descriptors.IdentifierTooLong).WithLocation(0).WithArguments("Index name on 'customer'", Long64, "64", Truncated(Long64, Long64.Substring(0, 63))),
        Verify.Diagnostic(Descriptors.IdentifierTooLong).WithLocation(1).WithArguments(
            "Check constraint name on 'customer'",
            "ck_customer_" + new string('e', 60),
            "72",
            "SchemaGen has to shorten it to '" + SchemaGen.Generator.Naming.Identifiers.Check("customer", new string('e', 60), SchemaGen.Generator.Naming.NamingStyle.SnakeCase) + "', so the constraint is not called what its Name says"));

    [Fact]
    public Task Exactly_63_bytes_is_fine() => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;

        [Entity(Name = "{{Long64.Substring(0, 63)}}")]
        [TableIndex("{{new string('i', 63)}}", nameof(Email))]
        public class Customer
        {
            public Guid Id { get; set; }

            [Field(Name = "{{new string('ä', 31)}}")]
            public string Email { get; set; } = "";
        }
        """);

    [Fact]
    public Task Generated_names_are_shortened_by_SchemaGen_and_not_flagged() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [Check("a_very_long_property_name_that_keeps_going_and_going_and_going > 0")]
        public class AnEntityWhoseClassNameIsLongEnoughToPushEveryGeneratedNameOverTheLimit
        {
            public Guid Id { get; set; }

            [Field(Index = true)]
            public int AVeryLongPropertyNameThatKeepsGoingAndGoingAndGoing { get; set; }
        }
        """);
}
