using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.CodeFixVerifier<SchemaGen.Generator.Analyzers.LocalDateTimeAnalyzer, SchemaGen.CodeFixes.UseUtcNowCodeFix>;

namespace SchemaGen.Tests.CodeFixes;

public sealed class UseUtcNowCodeFixTests
{
    private const string Post = """
        [Entity]
        public class Post
        {
            public Guid Id { get; set; }
            public DateTime PublishedAt { get; set; }
            public DateTimeOffset SeenAt { get; set; }
        }
        """;

    [Fact]
    public Task Fix_all_replaces_every_local_clock() => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;

        {{Post}}

        public static class Publisher
        {
            public static Post Publish(Post post)
            {
                post.PublishedAt = {|#0:DateTime.Now|};
                post.PublishedAt = {|#1:System.DateTime.Today|};
                post.SeenAt = {|#2:DateTimeOffset.Now|};
                return new Post { PublishedAt = {|#3:DateTime.Now|}.AddHours(1) };
            }
        }
        """, $$"""
        using System;
        using SchemaGen;

        {{Post}}

        public static class Publisher
        {
            public static Post Publish(Post post)
            {
                post.PublishedAt = DateTime.UtcNow;
                post.PublishedAt = System.DateTime.UtcNow.Date;
                post.SeenAt = DateTimeOffset.UtcNow;
                return new Post { PublishedAt = DateTime.UtcNow.AddHours(1) };
            }
        }
        """,
        Verify.Diagnostic(Descriptors.LocalDateTime).WithLocation(0).WithArguments("DateTime.Now", "post.published_at", "DateTime.UtcNow"),
        Verify.Diagnostic(Descriptors.LocalDateTime).WithLocation(1).WithArguments("DateTime.Today", "post.published_at", "DateTime.UtcNow.Date"),
        Verify.Diagnostic(Descriptors.LocalDateTime).WithLocation(2).WithArguments("DateTimeOffset.Now", "post.seen_at", "DateTimeOffset.UtcNow"),
        Verify.Diagnostic(Descriptors.LocalDateTime).WithLocation(3).WithArguments("DateTime.Now", "post.published_at", "DateTime.UtcNow"));

    [Fact]
    public Task Works_with_using_static() => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;
        using static System.DateTime;

        {{Post}}

        public static class Publisher
        {
            public static void Publish(Post post) => post.PublishedAt = {|#0:Today|};
        }
        """, $$"""
        using System;
        using SchemaGen;
        using static System.DateTime;

        {{Post}}

        public static class Publisher
        {
            public static void Publish(Post post) => post.PublishedAt = UtcNow.Date;
        }
        """,
        Verify.Diagnostic(Descriptors.LocalDateTime).WithLocation(0).WithArguments("DateTime.Today", "post.published_at", "DateTime.UtcNow.Date"));
}
