using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.LocalDateTimeAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class LocalDateTimeAnalyzerTests
{
    private const string Post = """
        [Entity]
        public class Post
        {
            public Guid Id { get; set; }
            public DateTime PublishedAt { get; set; }
            public DateTime? EditedAt { get; set; }
            public DateTimeOffset SeenAt { get; set; }

            [System.ComponentModel.DataAnnotations.Schema.NotMapped]
            public DateTime LocalDisplay { get; set; }

            [Field(ColumnType = "timestamp without time zone")]
            public DateTime WallClock { get; set; }
        }
        """;

    [Fact]
    public Task Assignment_object_initializer_and_derived_values_are_flagged_on_the_clock() => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;

        {{Post}}

        public static class Publisher
        {
            public static Post Publish(Post post, bool later)
            {
                post.PublishedAt = {|#0:DateTime.Now|};
                post.EditedAt = later ? {|#1:DateTime.Now|}.AddDays(1) : null;
                post.SeenAt = {|#2:DateTimeOffset.Now|};
                return new Post { PublishedAt = {|#3:System.DateTime.Today|} };
            }
        }
        """,
        Verify.Diagnostic(Descriptors.LocalDateTime).WithLocation(0).WithArguments("DateTime.Now", "post.published_at", "DateTime.UtcNow"),
        Verify.Diagnostic(Descriptors.LocalDateTime).WithLocation(1).WithArguments("DateTime.Now", "post.edited_at", "DateTime.UtcNow"),
        Verify.Diagnostic(Descriptors.LocalDateTime).WithLocation(2).WithArguments("DateTimeOffset.Now", "post.seen_at", "DateTimeOffset.UtcNow"),
        Verify.Diagnostic(Descriptors.LocalDateTime).WithLocation(3).WithArguments("DateTime.Today", "post.published_at", "DateTime.UtcNow.Date"));

    [Fact]
    public Task Property_initializers_of_entities_and_their_base_classes_are_flagged() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        public abstract class TimestampMixin
        {
            public DateTime CreatedAt { get; set; } = {|#0:DateTime.Now|};
        }

        [Entity]
        public class Post : TimestampMixin
        {
            public Guid Id { get; set; }
            public DateTimeOffset UpdatedAt { get; set; } = {|#1:DateTime.Now|};

            public Post() => CreatedAt = {|#2:DateTime.Now|};
        }
        """,
        Verify.Diagnostic(Descriptors.LocalDateTime).WithLocation(0).WithArguments("DateTime.Now", "created_at", "DateTime.UtcNow"),
        Verify.Diagnostic(Descriptors.LocalDateTime).WithLocation(1).WithArguments("DateTime.Now", "post.updated_at", "DateTime.UtcNow"),
        Verify.Diagnostic(Descriptors.LocalDateTime).WithLocation(2).WithArguments("DateTime.Now", "post.created_at", "DateTime.UtcNow"));

    [Fact]
    public Task UTC_values_unmapped_and_local_time_columns_are_fine() => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;

        {{Post}}

        public static class Publisher
        {
            public static void Publish(Post post)
            {
                post.PublishedAt = DateTime.UtcNow;
                post.EditedAt = DateTime.Now.ToUniversalTime();
                post.SeenAt = DateTimeOffset.UtcNow;
                post.LocalDisplay = DateTime.Now;
                post.WallClock = DateTime.Now;
                var local = DateTime.Now;
                post.PublishedAt = local.ToUniversalTime();
            }
        }
        """);

    [Fact]
    public Task Classes_that_are_no_entity_are_fine() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        public class ViewModel
        {
            public DateTime Now { get; set; } = DateTime.Now;
        }

        [Entity]
        public class Post
        {
            public Guid Id { get; set; }
        }

        public static class Screens
        {
            public static ViewModel Show() => new ViewModel { Now = DateTime.Today };
        }
        """);
}
