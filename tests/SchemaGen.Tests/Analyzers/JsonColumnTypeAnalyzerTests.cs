using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.JsonColumnTypeAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class JsonColumnTypeAnalyzerTests
{
    [Fact]
    public Task Json_column_types_are_flagged_on_the_property() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations.Schema;
        using SchemaGen;

        [Entity]
        public class Product
        {
            public Guid Id { get; set; }

            [Field(ColumnType = "JSON")]
            public string {|#0:Attributes|} { get; set; } = "{}";

            [Column(TypeName = "json[]")]
            public List<string> {|#1:Variants|} { get; set; } = new();
        }
        """,
        Verify.Diagnostic(Descriptors.JsonColumnType).WithLocation(0).WithArguments("product", "attributes", "JSON", "jsonb"),
        Verify.Diagnostic(Descriptors.JsonColumnType).WithLocation(1).WithArguments("product", "variants", "json[]", "jsonb[]"));

    [Theory]
    [InlineData("[Field(ColumnType = \"jsonb\")]")]
    [InlineData("[Field(Jsonb = true)]")]
    [InlineData("[Field(ColumnType = \"jsonpath\")]")]
    [InlineData("[Field(Comment = \"json\")]")]
    public Task Jsonb_and_look_alikes_are_fine(string field) => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;

        [Entity]
        public class Product
        {
            public Guid Id { get; set; }

            {{field}}
            public string Attributes { get; set; } = "{}";
        }
        """);
}
