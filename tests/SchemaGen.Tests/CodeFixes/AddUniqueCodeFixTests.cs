using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.CodeFixVerifier<SchemaGen.Generator.Analyzers.BusinessKeyAnalyzer, SchemaGen.CodeFixes.AddUniqueCodeFix>;

namespace SchemaGen.Tests.CodeFixes;

public sealed class AddUniqueCodeFixTests
{
    [Fact]
    public Task Adds_Unique_to_the_existing_Field() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class User
        {
            public Guid Id { get; set; }

            [Field(Index = true)]
            public string {|#0:Email|} { get; set; } = "";
        }
        """, """
        using System;
        using SchemaGen;

        [Entity]
        public class User
        {
            public Guid Id { get; set; }

            [Field(Index = true, Unique = true)]
            public string Email { get; set; } = "";
        }
        """,
        Verify.Diagnostic(Descriptors.BusinessKeyNotUnique).WithLocation(0).WithArguments("user", "email", "email"));

    [Fact]
    public Task Fix_all_adds_a_Field_where_there_is_none() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class Product
        {
            public Guid Id { get; set; }

            /// <summary>Stock keeping unit.</summary>
            public string {|#0:Sku|} { get; set; } = "";

            [System.ComponentModel.DataAnnotations.MaxLength(80)]
            public string {|#1:Slug|} { get; set; } = "";
        }
        """, """
        using System;
        using SchemaGen;

        [Entity]
        public class Product
        {
            public Guid Id { get; set; }

            /// <summary>Stock keeping unit.</summary>
            [Field(Unique = true)]
            public string Sku { get; set; } = "";

            [System.ComponentModel.DataAnnotations.MaxLength(80)]
            [Field(Unique = true)]
            public string Slug { get; set; } = "";
        }
        """,
        Verify.Diagnostic(Descriptors.BusinessKeyNotUnique).WithLocation(0).WithArguments("product", "sku", "sku"),
        Verify.Diagnostic(Descriptors.BusinessKeyNotUnique).WithLocation(1).WithArguments("product", "slug", "slug"));
}
