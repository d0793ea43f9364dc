using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.RedundantIndexAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class RedundantIndexAnalyzerTests
{
    private const string Author = """
        [Entity]
        public class Author
        {
            public Guid Id { get; set; }
        }
        """;

    [Fact]
    public Task Field_index_that_leads_a_composite_index_is_flagged_on_the_property() => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;

        {{Author}}

        [Entity]
        [TableIndex("ix_post_author_created", nameof(AuthorId), nameof(CreatedAt))]
        public class Post
        {
            public Guid Id { get; set; }

            [Field(ForeignKey = "author.id", Index = true)]
            public Guid {|#0:AuthorId|} { get; set; }

            public DateTime CreatedAt { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.RedundantIndex).WithLocation(0).WithArguments(
            "ix_post_author_id",
            "post",
            "its columns (author_id) lead 'ix_post_author_created' (author_id, created_at), which serves the same lookups",
            "remove Index = true from its [Field]"));

    [Fact]
    public Task Duplicates_and_indexes_the_primary_key_covers_are_flagged_on_their_attribute() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [{|#0:TableIndex("ix_member_email_lookup", nameof(Email))|}]
        [{|#1:TableIndex("ix_member_id", "id", Unique = true)|}, TableIndex("ix_member_name_email", nameof(Name), nameof(Email))]
        [{|#2:Microsoft.EntityFrameworkCore.Index(nameof(Name))|}]
        public class Member
        {
            public Guid Id { get; set; }

            [Field(Unique = true, Index = true)]
            public string Email { get; set; } = "";

            public string Name { get; set; } = "";
        }
        """,
        Verify.Diagnostic(Descriptors.RedundantIndex).WithLocation(0).WithArguments(
            "ix_member_email_lookup", "member", "it duplicates 'ix_member_email' (email)", "remove this [TableIndex]"),
        Verify.Diagnostic(Descriptors.RedundantIndex).WithLocation(1).WithArguments(
            "ix_member_id", "member", "the primary key 'pk_member' (id) already covers it", "remove this [TableIndex]"),
        Verify.Diagnostic(Descriptors.RedundantIndex).WithLocation(2).WithArguments(
            "ix_member_name", "member", "its columns (name) lead 'ix_member_name_email' (name, email), which serves the same lookups", "remove this [Index]"));

    [Fact]
    public Task Of_two_exact_duplicates_only_the_later_one_is_flagged_and_predicates_compare_without_white_space() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [SoftDelete]
        [{|#0:TableIndex("ux_account_login", nameof(Login), Unique = true, Where = "deleted_at  IS NULL")|}]
        public class Account
        {
            public Guid Id { get; set; }

            [Field(Unique = true)]
            public string Login { get; set; } = "";

            public DateTimeOffset? DeletedAt { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.RedundantIndex).WithLocation(0).WithArguments(
            "ux_account_login", "account", "it duplicates 'ix_account_login' (login)", "remove this [TableIndex]"));

    [Fact]
    public Task Unique_index_is_never_redundant_with_a_longer_or_weaker_one_but_a_plain_duplicate_of_it_is() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [TableIndex("ix_member_email_name", nameof(Email), nameof(Name), Unique = true)]
        [{|#0:TableIndex("ix_member_name", nameof(Name))|}]
        [TableIndex("ux_member_name", nameof(Name), Unique = true, NullsDistinct = false)]
        public class Member
        {
            public Guid Id { get; set; }

            [Field(Unique = true)]
            public string Email { get; set; } = "";

            public string? Name { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.RedundantIndex).WithLocation(0).WithArguments(
            "ix_member_name", "member", "it duplicates 'ux_member_name' (name)", "remove this [TableIndex]"));

    [Fact]
    public Task Different_predicate_method_covering_columns_or_order_is_fine() => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;

        {{Author}}

        [Entity]
        [TableIndex("ix_post_live_author", nameof(AuthorId), Where = "deleted_at IS NULL")]
        [TableIndex("ix_post_author_title", nameof(AuthorId), nameof(Title))]
        [TableIndex("ix_post_author_cover", nameof(AuthorId), Include = new[] { nameof(Summary) })]
        [TableIndex("ix_post_title_trgm", nameof(Title), Method = "gin")]
        [TableIndex("ix_post_title_created", nameof(Title), nameof(CreatedAt))]
        [TableIndex("ix_post_created_title", nameof(CreatedAt), nameof(Title))]
        [TableIndex("ix_post_summary_hash", nameof(Summary), Method = "hash")]
        [TableIndex("ix_post_summary_title", nameof(Summary), nameof(Title), Method = "hash")]
        public class Post
        {
            public Guid Id { get; set; }

            [Field(ForeignKey = "author.id")]
            public Guid AuthorId { get; set; }

            public string Title { get; set; } = "";

            public string Summary { get; set; } = "";

            public DateTime CreatedAt { get; set; }

            public DateTime? DeletedAt { get; set; }
        }
        """);

    [Fact]
    public Task Field_index_inherited_from_a_base_class_is_not_flagged() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        public abstract class TenantOwned
        {
            [Field(Index = true)]
            public Guid TenantId { get; set; }
        }

        [Entity]
        [TableIndex("ix_document_tenant_title", nameof(TenantId), nameof(Title))]
        public class Document : TenantOwned
        {
            public Guid Id { get; set; }

            public string Title { get; set; } = "";
        }

        [Entity]
        public class Folder : TenantOwned
        {
            public Guid Id { get; set; }
        }
        """);

    [Fact]
    public Task Link_table_index_on_the_leading_key_column_is_covered_by_the_key() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class User
        {
            public Guid Id { get; set; }
        }

        [Entity]
        public class Role
        {
            public Guid Id { get; set; }
        }

        [Entity]
        public class UserRoleLink
        {
            [Field(ForeignKey = "user.id", PrimaryKey = true, Index = true)]
            public Guid {|#0:UserId|} { get; set; }

            [Field(ForeignKey = "role.id", PrimaryKey = true, Index = true)]
            public Guid RoleId { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.RedundantIndex).WithLocation(0).WithArguments(
            "ix_user_role_link_user_id", "user_role_link", "the primary key 'pk_user_role_link' (user_id, role_id) already covers it", "remove Index = true from its [Field]"));
}
