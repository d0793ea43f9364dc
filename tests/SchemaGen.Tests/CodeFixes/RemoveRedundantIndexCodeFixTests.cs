using System.Threading.Tasks;
using SchemaGen.CodeFixes;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.CodeFixVerifier<SchemaGen.Generator.Analyzers.RedundantIndexAnalyzer, SchemaGen.CodeFixes.RemoveRedundantIndexCodeFix>;

namespace SchemaGen.Tests.CodeFixes;

public sealed class RemoveRedundantIndexCodeFixTests
{
    [Fact]
    public Task Removes_a_redundant_TableIndex_and_keeps_the_class_documentation() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        /// <summary>A member.</summary>
        [{|#0:TableIndex("ix_member_id", "id")|}]
        [Entity]
        public class Member
        {
            public Guid Id { get; set; }
        }
        """, """
        using System;
        using SchemaGen;

        /// <summary>A member.</summary>
        [Entity]
        public class Member
        {
            public Guid Id { get; set; }
        }
        """,
        RemoveRedundantIndexCodeFix.EquivalenceKey,
        Verify.Diagnostic(Descriptors.RedundantIndex).WithLocation(0).WithArguments(
            "ix_member_id", "member", "the primary key 'pk_member' (id) already covers it", "remove this [TableIndex]"));

    [Fact]
    public Task Fix_all_removes_attributes_from_shared_lists_and_index_arguments_from_Field() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class Author
        {
            public Guid Id { get; set; }
        }

        [Entity]
        [{|#0:TableIndex("ix_post_title_lookup", nameof(Title))|}, {|#1:TableIndex("ix_post_title_again", nameof(Title))|}]
        [TableIndex("ix_post_author_created", nameof(AuthorId), nameof(CreatedAt))]
        [{|#2:Microsoft.EntityFrameworkCore.Index(nameof(Id), IsUnique = true)|}]
        public class Post
        {
            public Guid Id { get; set; }

            [Field(Index = true)]
            public string Title { get; set; } = "";

            [Field(ForeignKey = "author.id", Index = true)]
            public Guid {|#3:AuthorId|} { get; set; }

            [Field(PrimaryKey = false)]
            public Guid Slug { get; set; }

            public DateTime CreatedAt { get; set; }
        }

        [Entity]
        [TableIndex("ux_tag_slug", nameof(Slug), Unique = true)]
        public class Tag
        {
            public Guid Id { get; set; }

            [Field(Index = true)]
            public string {|#4:Slug|} { get; set; } = "";
        }
        """, """
        using System;
        using SchemaGen;

        [Entity]
        public class Author
        {
            public Guid Id { get; set; }
        }

        [Entity]
        [TableIndex("ix_post_author_created", nameof(AuthorId), nameof(CreatedAt))]
        public class Post
        {
            public Guid Id { get; set; }

            [Field(Index = true)]
            public string Title { get; set; } = "";

            [Field(ForeignKey = "author.id")]
            public Guid AuthorId { get; set; }

            [Field(PrimaryKey = false)]
            public Guid Slug { get; set; }

            public DateTime CreatedAt { get; set; }
        }

        [Entity]
        [TableIndex("ux_tag_slug", nameof(Slug), Unique = true)]
        public class Tag
        {
            public Guid Id { get; set; }

            [Field]
            public string Slug { get; set; } = "";
        }
        """,
        RemoveRedundantIndexCodeFix.EquivalenceKey,
        Verify.Diagnostic(Descriptors.RedundantIndex).WithLocation(0).WithArguments("ix_post_title_lookup", "post", "it duplicates 'ix_post_title' (title)", "remove this [TableIndex]"),
        Verify.Diagnostic(Descriptors.RedundantIndex).WithLocation(1).WithArguments("ix_post_title_again", "post", "it duplicates 'ix_post_title' (title)", "remove this [TableIndex]"),
        Verify.Diagnostic(Descriptors.RedundantIndex).WithLocation(2).WithArguments("ix_post_id", "post", "the primary key 'pk_post' (id) already covers it", "remove this [Index]"),
        Verify.Diagnostic(Descriptors.RedundantIndex).WithLocation(3).WithArguments(
            "ix_post_author_id", "post", "its columns (author_id) lead 'ix_post_author_created' (author_id, created_at), which serves the same lookups", "remove Index = true from its [Field]"),
        Verify.Diagnostic(Descriptors.RedundantIndex).WithLocation(4).WithArguments("ix_tag_slug", "tag", "it duplicates 'ux_tag_slug' (slug)", "remove Index = true from its [Field]"));

    [Fact]
    public Task Removes_Unique_and_Index_when_the_key_covers_a_unique_field() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class Member
        {
            [Field(PrimaryKey = true, Unique = true, Index = true, Comment = "key")]
            public Guid {|#0:Id|} { get; set; }
        }
        """, """
        using System;
        using SchemaGen;

        [Entity]
        public class Member
        {
            [Field(PrimaryKey = true, Comment = "key")]
            public Guid Id { get; set; }
        }
        """,
        RemoveRedundantIndexCodeFix.EquivalenceKey,
        Verify.Diagnostic(Descriptors.RedundantIndex).WithLocation(0).WithArguments(
            "ix_member_id", "member", "the primary key 'pk_member' (id) already covers it", "remove Unique = true and Index = true from its [Field]"));
}
