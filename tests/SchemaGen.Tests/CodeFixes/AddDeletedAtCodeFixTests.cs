using System.Threading.Tasks;
using SchemaGen.CodeFixes;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using static SchemaGen.Tests.Analyzers.SoftDeleteWithoutDeletedAtAnalyzerTests;
using Verify = SchemaGen.Tests.Infrastructure.CodeFixVerifier<SchemaGen.Generator.Analyzers.SoftDeleteWithoutDeletedAtAnalyzer, SchemaGen.CodeFixes.AddDeletedAtCodeFix>;

namespace SchemaGen.Tests.CodeFixes;

public sealed class AddDeletedAtCodeFixTests
{
    [Fact]
    public Task Adds_a_nullable_DateTimeOffset_DeletedAt() => Verify.VerifyAsync("""
        using SchemaGen;

        [Entity]
        [SoftDelete]
        public class {|#0:Post|}
        {
            public System.Guid Id { get; set; }
        }
        """, """
        using SchemaGen;

        [Entity]
        [SoftDelete]
        public class Post
        {
            public System.Guid Id { get; set; }

            public System.DateTimeOffset? DeletedAt { get; set; }
        }
        """,
        AddDeletedAtCodeFix.AddEquivalenceKey,
        Verify.Diagnostic(Descriptors.SoftDeleteWithoutDeletedAt).WithLocation(0).WithArguments("Post", "post", "", AddAdvice));

    [Fact]
    public Task Fix_all_adds_DeletedAt_everywhere() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [SoftDelete]
        public class {|#0:Post|}
        {
            public Guid Id { get; set; }
        }

        [Entity]
        [SoftDelete]
        public class {|#1:Comment|}
        {
        }
        """, """
        using System;
        using SchemaGen;

        [Entity]
        [SoftDelete]
        public class Post
        {
            public Guid Id { get; set; }

            public DateTimeOffset? DeletedAt { get; set; }
        }

        [Entity]
        [SoftDelete]
        public class Comment
        {
            public DateTimeOffset? DeletedAt { get; set; }
        }
        """,
        AddDeletedAtCodeFix.AddEquivalenceKey,
        Verify.Diagnostic(Descriptors.SoftDeleteWithoutDeletedAt).WithLocation(0).WithArguments("Post", "post", "", AddAdvice),
        Verify.Diagnostic(Descriptors.SoftDeleteWithoutDeletedAt).WithLocation(1).WithArguments("Comment", "comment", "", AddAdvice));

    [Fact]
    public Task Gives_a_record_without_a_body_one() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [SoftDelete]
        public record {|#0:Tag|}(Guid Id, string Label);
        """, """
        using System;
        using SchemaGen;

        [Entity]
        [SoftDelete]
        public record Tag(Guid Id, string Label)
        {
            public DateTimeOffset? DeletedAt { get; set; }
        }
        """,
        AddDeletedAtCodeFix.AddEquivalenceKey,
        Verify.Diagnostic(Descriptors.SoftDeleteWithoutDeletedAt).WithLocation(0).WithArguments("Tag", "tag", "", AddAdvice));

    [Fact]
    public Task Fix_all_makes_every_DeletedAt_nullable() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [SoftDelete]
        public class {|#0:Post|}
        {
            public Guid Id { get; set; }
            public DateTime DeletedAt { get; set; }
        }

        [Entity]
        [SoftDelete]
        public class {|#1:Comment|}
        {
            public Guid Id { get; set; }
            public DateTimeOffset DeletedAt { get; set; }
        }
        """, """
        using System;
        using SchemaGen;

        [Entity]
        [SoftDelete]
        public class Post
        {
            public Guid Id { get; set; }
            public DateTime? DeletedAt { get; set; }
        }

        [Entity]
        [SoftDelete]
        public class Comment
        {
            public Guid Id { get; set; }
            public DateTimeOffset? DeletedAt { get; set; }
        }
        """,
        AddDeletedAtCodeFix.MakeNullableEquivalenceKey,
        Verify.Diagnostic(Descriptors.SoftDeleteWithoutDeletedAt).WithLocation(0).WithArguments("Post", "post", "; its 'DeletedAt' is a DateTime, which cannot be NULL", "Make it 'DateTime?'."),
        Verify.Diagnostic(Descriptors.SoftDeleteWithoutDeletedAt).WithLocation(1).WithArguments("Comment", "comment", "; its 'DeletedAt' is a DateTimeOffset, which cannot be NULL", "Make it 'DateTimeOffset?'."));
}
