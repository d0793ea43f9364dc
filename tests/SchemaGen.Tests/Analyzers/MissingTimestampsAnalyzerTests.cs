using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.MissingTimestampsAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class MissingTimestampsAnalyzerTests
{
    [Fact]
    public Task Mutable_entity_without_timestamps_is_flagged_on_the_class_name() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class {|#0:Post|}
        {
            public Guid Id { get; set; }
            public string Title { get; set; } = "";
        }
        """,
        Verify.Diagnostic(Descriptors.MissingTimestamps).WithLocation(0).WithArguments(
            "post", "created_at and updated_at", "Add CreatedAt and UpdatedAt properties (DateTimeOffset)."));

    [Fact]
    public Task Only_the_missing_one_is_named_and_the_projects_base_class_is_offered() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        public abstract class TimestampMixin
        {
            public DateTime CreatedAt { get; set; }
            public DateTime UpdatedAt { get; set; }
        }

        [Entity]
        public class {|#0:Post|}
        {
            public Guid Id { get; set; }
            public DateTimeOffset CreatedAt { get; set; }
        }

        [Entity]
        public class {|#1:Tag|}
        {
            public Guid Id { get; set; }
            public string Label { get; set; } = "";
        }
        """,
        Verify.Diagnostic(Descriptors.MissingTimestamps).WithLocation(0).WithArguments("post", "updated_at", "Add an UpdatedAt property (DateTimeOffset)."),
        Verify.Diagnostic(Descriptors.MissingTimestamps).WithLocation(1).WithArguments(
            "tag", "created_at and updated_at", "Inherit from 'TimestampMixin', or add CreatedAt and UpdatedAt properties (DateTimeOffset)."));

    [Fact]
    public Task An_unmapped_or_mistyped_timestamp_does_not_count() => Verify.VerifyAsync("""
        using System;
        using System.ComponentModel.DataAnnotations.Schema;
        using SchemaGen;

        [Entity]
        public class {|#0:Post|}
        {
            public Guid Id { get; set; }
            public string CreatedAt { get; set; } = "";

            [NotMapped]
            public DateTime UpdatedAt { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.MissingTimestamps).WithLocation(0).WithArguments(
            "post", "created_at and updated_at", "Add CreatedAt and UpdatedAt properties (DateTimeOffset)."));

    [Fact]
    public Task Timestamps_inherited_from_the_mixin_are_fine() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        public abstract class TimestampMixin
        {
            public DateTime CreatedAt { get; set; }
            public DateTime UpdatedAt { get; set; }
        }

        [Entity]
        public class Post : TimestampMixin
        {
            public Guid Id { get; set; }
            public string Title { get; set; } = "";
        }
        """);

    [Fact]
    public Task Own_timestamps_of_either_type_are_fine() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class Post
        {
            public Guid Id { get; set; }
            public DateTimeOffset CreatedAt { get; set; }
            public DateTime? UpdatedAt { get; set; }
        }
        """);

    [Fact]
    public Task Link_table_with_only_key_columns_is_not_mutable() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class UserRoleLink
        {
            [Field(PrimaryKey = true)]
            public Guid UserId { get; set; }

            [Field(PrimaryKey = true)]
            public Guid RoleId { get; set; }
        }
        """);

    [Fact]
    public Task Link_table_with_a_payload_column_is_mutable() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class {|#0:Membership|}
        {
            [Field(PrimaryKey = true)]
            public Guid UserId { get; set; }

            [Field(PrimaryKey = true)]
            public Guid TeamId { get; set; }

            public string Role { get; set; } = "";
        }
        """,
        Verify.Diagnostic(Descriptors.MissingTimestamps).WithLocation(0).WithArguments(
            "membership", "created_at and updated_at", "Add CreatedAt and UpdatedAt properties (DateTimeOffset)."));
}
