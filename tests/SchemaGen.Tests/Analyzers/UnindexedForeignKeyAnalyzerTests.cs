using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.UnindexedForeignKeyAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class UnindexedForeignKeyAnalyzerTests
{
    private const string User = """
        [Entity]
        public class User
        {
            public Guid Id { get; set; }
        }
        """;

    [Fact]
    public Task Foreign_key_without_index_is_flagged_on_the_property() => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;

        {{User}}

        [Entity]
        public class Post
        {
            public Guid Id { get; set; }

            [Field(ForeignKey = "user.id")]
            public Guid {|#0:AuthorId|} { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.UnindexedForeignKey).WithLocation(0).WithArguments("post", "author_id", ""));

    [Fact]
    public Task Partial_index_does_not_cover_the_foreign_key() => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;

        {{User}}

        [Entity]
        [TableIndex("ix_post_live_author", nameof(AuthorId), Where = "deleted_at IS NULL")]
        public class Post
        {
            public Guid Id { get; set; }

            [Field(ForeignKey = "user.id")]
            public Guid {|#0:AuthorId|} { get; set; }

            public DateTime? DeletedAt { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.UnindexedForeignKey).WithLocation(0).WithArguments(
            "post",
            "author_id",
            " The partial index 'ix_post_live_author' does not count: it covers only the rows that match its filter."));

    [Theory]
    [InlineData("[Field(ForeignKey = \"user.id\", Index = true)]", "")]
    [InlineData("[Field(ForeignKey = \"user.id\", Unique = true)]", "")]
    [InlineData("[Field(ForeignKey = \"user.id\")]", "[TableIndex(\"ix_post_author_created\", nameof(AuthorId), \"created_at\")]")]
    [InlineData("[Field(ForeignKey = \"user.id\")]", "[Microsoft.EntityFrameworkCore.Index(nameof(AuthorId))]")]
    public Task Full_index_led_by_the_column_covers_it(string field, string classAttribute) => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;

        {{User}}

        [Entity]
        {{classAttribute}}
        public class Post
        {
            public Guid Id { get; set; }

            {{field}}
            public Guid AuthorId { get; set; }

            public DateTime CreatedAt { get; set; }
        }
        """);

    [Fact]
    public Task Composite_primary_key_that_leads_with_the_foreign_key_covers_it() => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;

        {{User}}

        [Entity]
        public class Role
        {
            public Guid Id { get; set; }
        }

        [Entity]
        public class UserRoleLink
        {
            [Field(ForeignKey = "user.id", PrimaryKey = true)]
            public Guid UserId { get; set; }

            [Field(ForeignKey = "role.id", PrimaryKey = true)]
            public Guid {|#0:RoleId|} { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.UnindexedForeignKey).WithLocation(0).WithArguments("user_role_link", "role_id", ""));

    [Fact]
    public Task Index_that_has_the_foreign_key_second_does_not_cover_it() => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;

        {{User}}

        [Entity]
        [TableIndex("ix_post_created_author", "created_at", nameof(AuthorId))]
        public class Post
        {
            public Guid Id { get; set; }

            [Field(ForeignKey = "user.id")]
            public Guid {|#0:AuthorId|} { get; set; }

            public DateTime CreatedAt { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.UnindexedForeignKey).WithLocation(0).WithArguments("post", "author_id", ""));
}
