using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.BusinessKeyAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class BusinessKeyAnalyzerTests
{
    [Theory]
    [InlineData("string", "Email", "email", "email")]
    [InlineData("string", "EmailAddress", "email_address", "email_address")]
    [InlineData("string", "UserName", "user_name", "user_name")]
    [InlineData("string", "Username", "username", "username")]
    [InlineData("string", "Slug", "slug", "slug")]
    [InlineData("string", "Sku", "sku", "sku")]
    [InlineData("string", "SKU", "sku", "sku")]
    [InlineData("long", "Isbn13", "isbn13", "isbn13")]
    public Task Business_key_without_unique_is_flagged_on_the_property(string type, string property, string column, string key) => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;

        [Entity]
        public class Item
        {
            public Guid Id { get; set; }

            [Field(Index = true)]
            public {{type}} {|#0:{{property}}|} { get; set; } = default!;
        }
        """,
        Verify.Diagnostic(Descriptors.BusinessKeyNotUnique).WithLocation(0).WithArguments("item", column, key));

    [Fact]
    public Task A_non_unique_index_that_contains_it_does_not_count() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [TableIndex("ix_user_email_name", "email", "name")]
        public class User
        {
            public Guid Id { get; set; }
            public string {|#0:Email|} { get; set; } = "";
            public string Name { get; set; } = "";
        }
        """,
        Verify.Diagnostic(Descriptors.BusinessKeyNotUnique).WithLocation(0).WithArguments("user", "email", "email"));

    [Theory]
    [InlineData("[Field(Unique = true)] public string Email { get; set; } = \"\";", "")]
    [InlineData("public string Email { get; set; } = \"\";", "[TableIndex(\"ix_user_tenant_email\", \"tenant_id\", nameof(Email), Unique = true)]")]
    [InlineData("public string Email { get; set; } = \"\";", "[Microsoft.EntityFrameworkCore.Index(nameof(Email), IsUnique = true)]")]
    [InlineData("[System.ComponentModel.DataAnnotations.Key] public string Email { get; set; } = \"\";", "")]
    public Task Unique_index_or_key_that_contains_it_is_fine(string member, string classAttribute) => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;

        [Entity]
        {{classAttribute}}
        public class User
        {
            public Guid? TenantId { get; set; }
            {{member}}
        }
        """);

    [Theory]
    [InlineData("public string ContactEmail { get; set; } = \"\";")]
    [InlineData("public string EmailDomain { get; set; } = \"\";")]
    [InlineData("public bool EmailConfirmed { get; set; }")]
    [InlineData("public DateTime LoginAt { get; set; }")]
    [InlineData("[System.ComponentModel.DataAnnotations.Schema.NotMapped] public string Email { get; set; } = \"\";")]
    public Task Names_that_only_contain_a_key_word_are_fine(string member) => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;

        [Entity]
        public class User
        {
            public Guid Id { get; set; }
            {{member}}
        }
        """);
}
