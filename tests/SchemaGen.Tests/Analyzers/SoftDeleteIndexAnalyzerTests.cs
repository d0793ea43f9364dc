using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.SoftDeleteIndexAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class SoftDeleteIndexAnalyzerTests
{
    internal static string UniqueIndexMessage(string index, string table, string advice = "Add Where = \"deleted_at IS NULL\".")
        => $"Unique index '{index}' on soft-deleted table '{table}' also counts deleted rows, so a deleted row blocks a new one with the same value. {advice}";

    internal static string NoPartialIndexMessage(string table, string predicate = "deleted_at IS NULL")
        => $"Soft-deleted table '{table}' has no partial index for active rows, yet every query filters on {predicate}. Add [TableIndex(\"ix_{table}_active\", ..., Where = \"{predicate}\")] over the columns active rows are looked up by, or a [Field(Unique = true)], which is partial on its own.";

    [Fact]
    public Task Unique_table_index_that_counts_deleted_rows_is_flagged_on_the_attribute() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [SoftDelete]
        [{|#0:TableIndex("ix_user_tenant_email", "tenant_id", "email", Unique = true)|}]
        public class User
        {
            public Guid Id { get; set; }
            public Guid TenantId { get; set; }
            public string Email { get; set; } = "";
            public DateTimeOffset? DeletedAt { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.SoftDeleteUniqueIndex).WithLocation(0).WithArguments(UniqueIndexMessage("ix_user_tenant_email", "user")));

    [Fact]
    public Task A_predicate_that_an_OR_widens_does_not_count() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [SoftDelete]
        [{|#0:TableIndex("ix_user_email", "email", Unique = true, Where = "deleted_at IS NULL OR email LIKE '%@example.com'")|}]
        public class User
        {
            public Guid Id { get; set; }
            public string Email { get; set; } = "";
            public DateTime? DeletedAt { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.SoftDeleteUniqueIndex).WithLocation(0).WithArguments(
            UniqueIndexMessage("ix_user_email", "user", "Add \"AND deleted_at IS NULL\" to its Where.")));

    [Fact]
    public Task Unique_EF_index_is_flagged_with_the_TableIndex_to_use() => Verify.VerifyAsync("""
        using System;
        using Microsoft.EntityFrameworkCore;
        using SchemaGen;

        [Entity]
        [SoftDelete]
        [{|#0:Index(nameof(Email), IsUnique = true)|}]
        public class User
        {
            public Guid Id { get; set; }
            public string Email { get; set; } = "";
            public DateTime? DeletedAt { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.SoftDeleteUniqueIndex).WithLocation(0).WithArguments(
            "Unique [Index] over (Email) on soft-deleted table 'user' also counts deleted rows, so a deleted row blocks a new one with the same value. EF Core's [Index] cannot be partial: replace it with [TableIndex(\"<name>\", ..., Unique = true, Where = \"deleted_at IS NULL\")]."));

    [Fact]
    public Task Soft_deleted_table_without_any_partial_index_is_flagged_on_the_class() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [SoftDelete]
        [TableIndex("ix_post_title", nameof(Title))]
        public class {|#0:Post|}
        {
            public Guid Id { get; set; }
            public string Title { get; set; } = "";
            public DateTimeOffset? DeletedAt { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.SoftDeleteUniqueIndex).WithLocation(0).WithArguments(NoPartialIndexMessage("post")));

    [Fact]
    public Task Partial_unique_index_with_more_terms_is_fine() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [SoftDelete]
        [TableIndex("ix_user_tenant_email", "tenant_id", "email", Unique = true, Where = "tenant_id IS NOT NULL AND (deleted_at IS NULL)")]
        public class User
        {
            public Guid Id { get; set; }
            public Guid? TenantId { get; set; }
            public string Email { get; set; } = "";
            public DateTimeOffset? DeletedAt { get; set; }
        }
        """);

    [Fact]
    public Task Unique_field_is_made_partial_by_the_generator() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [SoftDelete]
        public class User
        {
            public Guid Id { get; set; }

            [Field(Unique = true, Index = true)]
            public string Email { get; set; } = "";

            public DateTimeOffset? DeletedAt { get; set; }
        }
        """);

    [Fact]
    public Task Without_SoftDelete_a_full_unique_index_is_right() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [TableIndex("ix_user_email", "email", Unique = true)]
        public class User
        {
            public Guid Id { get; set; }
            public string Email { get; set; } = "";
            public DateTimeOffset? DeletedAt { get; set; }
        }
        """);

    [Fact]
    public Task Quoted_column_name_is_honoured() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [SoftDelete]
        [TableIndex("ix_user_email", "email", Unique = true, Where = "\"removed_on\" IS NULL")]
        public class User
        {
            public Guid Id { get; set; }
            public string Email { get; set; } = "";

            [Field(Name = "removed_on")]
            public DateTimeOffset? DeletedAt { get; set; }
        }
        """);
}
