using System.Threading.Tasks;
using SchemaGen.CodeFixes;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using static SchemaGen.Tests.Analyzers.SoftDeleteIndexAnalyzerTests;
using Verify = SchemaGen.Tests.Infrastructure.CodeFixVerifier<SchemaGen.Generator.Analyzers.SoftDeleteIndexAnalyzer, SchemaGen.CodeFixes.SoftDeletePartialIndexCodeFix>;

namespace SchemaGen.Tests.CodeFixes;

public sealed class SoftDeletePartialIndexCodeFixTests
{
    [Fact]
    public Task Adds_the_predicate_on_the_real_column_name() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [SoftDelete]
        [{|#0:TableIndex("ix_user_email", "email", Unique = true)|}]
        public class User
        {
            public Guid Id { get; set; }
            public string Email { get; set; } = "";

            [Field(Name = "removed_at")]
            public DateTimeOffset? DeletedAt { get; set; }
        }
        """, """
        using System;
        using SchemaGen;

        [Entity]
        [SoftDelete]
        [TableIndex("ix_user_email", "email", Unique = true, Where = "removed_at IS NULL")]
        public class User
        {
            public Guid Id { get; set; }
            public string Email { get; set; } = "";

            [Field(Name = "removed_at")]
            public DateTimeOffset? DeletedAt { get; set; }
        }
        """,
        SoftDeletePartialIndexCodeFix.AddPredicateEquivalenceKey,
        Verify.Diagnostic(Descriptors.SoftDeleteUniqueIndex).WithLocation(0).WithArguments(
            UniqueIndexMessage("ix_user_email", "user", "Add Where = \"removed_at IS NULL\".")));

    [Fact]
    public Task Joins_an_existing_predicate_with_AND() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [SoftDelete]
        [{|#0:TableIndex("ix_user_email", "email", Unique = true, Where = "email IS NOT NULL")|}]
        public class User
        {
            public Guid Id { get; set; }
            public string? Email { get; set; }
            public DateTimeOffset? DeletedAt { get; set; }
        }
        """, """
        using System;
        using SchemaGen;

        [Entity]
        [SoftDelete]
        [TableIndex("ix_user_email", "email", Unique = true, Where = "(email IS NOT NULL) AND deleted_at IS NULL")]
        public class User
        {
            public Guid Id { get; set; }
            public string? Email { get; set; }
            public DateTimeOffset? DeletedAt { get; set; }
        }
        """,
        SoftDeletePartialIndexCodeFix.AddPredicateEquivalenceKey,
        Verify.Diagnostic(Descriptors.SoftDeleteUniqueIndex).WithLocation(0).WithArguments(
            UniqueIndexMessage("ix_user_email", "user", "Add \"AND deleted_at IS NULL\" to its Where.")));

    [Fact]
    public Task Fix_all_makes_every_unique_index_partial() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [SoftDelete]
        [{|#0:TableIndex("ix_user_email", "email", Unique = true)|}]
        [{|#1:TableIndex("ix_user_handle", "handle", Unique = true)|}]
        public class User
        {
            public Guid Id { get; set; }
            public string Email { get; set; } = "";
            public string Handle { get; set; } = "";
            public DateTimeOffset? DeletedAt { get; set; }
        }
        """, """
        using System;
        using SchemaGen;

        [Entity]
        [SoftDelete]
        [TableIndex("ix_user_email", "email", Unique = true, Where = "deleted_at IS NULL")]
        [TableIndex("ix_user_handle", "handle", Unique = true, Where = "deleted_at IS NULL")]
        public class User
        {
            public Guid Id { get; set; }
            public string Email { get; set; } = "";
            public string Handle { get; set; } = "";
            public DateTimeOffset? DeletedAt { get; set; }
        }
        """,
        SoftDeletePartialIndexCodeFix.AddPredicateEquivalenceKey,
        Verify.Diagnostic(Descriptors.SoftDeleteUniqueIndex).WithLocation(0).WithArguments(UniqueIndexMessage("ix_user_email", "user")),
        Verify.Diagnostic(Descriptors.SoftDeleteUniqueIndex).WithLocation(1).WithArguments(UniqueIndexMessage("ix_user_handle", "user")));

    [Fact]
    public Task Fix_all_adds_an_active_rows_index_to_every_table() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [SoftDelete]
        public class {|#0:Post|}
        {
            public Guid Id { get; set; }
            public DateTimeOffset? DeletedAt { get; set; }
        }

        [Entity, SoftDelete]
        public class {|#1:Comment|}
        {
            public Guid Id { get; set; }
            public DateTime? DeletedAt { get; set; }
        }
        """, """
        using System;
        using SchemaGen;

        [Entity]
        [SoftDelete]
        [TableIndex("ix_post_active", nameof(Id), Where = "deleted_at IS NULL")]
        public class Post
        {
            public Guid Id { get; set; }
            public DateTimeOffset? DeletedAt { get; set; }
        }

        [Entity, SoftDelete]
        [TableIndex("ix_comment_active", nameof(Id), Where = "deleted_at IS NULL")]
        public class Comment
        {
            public Guid Id { get; set; }
            public DateTime? DeletedAt { get; set; }
        }
        """,
        SoftDeletePartialIndexCodeFix.AddActiveIndexEquivalenceKey,
        Verify.Diagnostic(Descriptors.SoftDeleteUniqueIndex).WithLocation(0).WithArguments(NoPartialIndexMessage("post")),
        Verify.Diagnostic(Descriptors.SoftDeleteUniqueIndex).WithLocation(1).WithArguments(NoPartialIndexMessage("comment")));
}
