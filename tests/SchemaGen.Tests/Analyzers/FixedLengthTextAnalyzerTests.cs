using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.FixedLengthTextAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class FixedLengthTextAnalyzerTests
{
    [Fact]
    public Task Varchar_and_char_with_a_length_are_flagged_on_the_property() => Verify.VerifyAsync("""
        using System;
        using System.ComponentModel.DataAnnotations.Schema;
        using SchemaGen;

        [Entity]
        public class Country
        {
            public Guid Id { get; set; }

            [Field(ColumnType = "varchar(100)")]
            public string {|#0:Name|} { get; set; } = "";

            [Column(TypeName = "char(2)")]
            public string {|#1:IsoCode|} { get; set; } = "";

            [Field(ColumnType = "Character Varying (20)")]
            public string {|#2:DialCode|} { get; set; } = "";
        }
        """,
        Verify.Diagnostic(Descriptors.FixedLengthText).WithLocation(0).WithArguments("country", "name", "varchar(100)", "text"),
        Verify.Diagnostic(Descriptors.FixedLengthText).WithLocation(1).WithArguments("country", "iso_code", "char(2)", "text"),
        Verify.Diagnostic(Descriptors.FixedLengthText).WithLocation(2).WithArguments("country", "dial_code", "Character Varying (20)", "text"));

    [Theory]
    [InlineData("string", "text")]
    [InlineData("string", "varchar")]
    [InlineData("string", "character varying")]
    [InlineData("string", "citext")]
    [InlineData("char", "char(1)")]
    [InlineData("char", "character(1)")]
    public Task Text_length_less_varchar_and_a_CSharp_char_are_fine(string type, string columnType) => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;

        [Entity]
        public class Country
        {
            public Guid Id { get; set; }

            [Field(ColumnType = "{{columnType}}")]
            public {{type}} Code { get; set; }
        }
        """);

    [Fact]
    public Task MaxLength_without_a_column_type_is_fine() => Verify.VerifyAsync("""
        using System;
        using System.ComponentModel.DataAnnotations;
        using SchemaGen;

        [Entity]
        public class Country
        {
            public Guid Id { get; set; }

            [Field(MaxLength = 100)]
            public string Name { get; set; } = "";

            [MaxLength(2)]
            public string IsoCode { get; set; } = "";
        }
        """);
}
