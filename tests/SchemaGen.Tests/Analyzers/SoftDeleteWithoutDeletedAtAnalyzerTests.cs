using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.SoftDeleteWithoutDeletedAtAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class SoftDeleteWithoutDeletedAtAnalyzerTests
{
    internal const string AddAdvice = "Add 'public DateTimeOffset? DeletedAt { get; set; }'.";

    [Fact]
    public Task SoftDelete_without_DeletedAt_is_flagged_on_the_class() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [SoftDelete]
        public class {|#0:Post|}
        {
            public Guid Id { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.SoftDeleteWithoutDeletedAt).WithLocation(0).WithArguments("Post", "post", "", AddAdvice));

    [Theory]
    [InlineData("public DateTime DeletedAt { get; set; }", "; its 'DeletedAt' is a DateTime, which cannot be NULL", "Make it 'DateTime?'.")]
    [InlineData("public DateTimeOffset DeletedAt { get; set; }", "; its 'DeletedAt' is a DateTimeOffset, which cannot be NULL", "Make it 'DateTimeOffset?'.")]
    [InlineData("public string? DeletedAt { get; set; }", "; its 'DeletedAt' is a string?", "Make it 'DateTimeOffset? DeletedAt { get; set; }'.")]
    [InlineData("[System.ComponentModel.DataAnnotations.Schema.NotMapped] public DateTime? DeletedAt { get; set; }", "; its 'DeletedAt' is not mapped", "Make it a public 'DateTimeOffset? DeletedAt { get; set; }' without [NotMapped].")]
    public Task A_DeletedAt_that_cannot_mark_active_rows_is_flagged(string member, string detail, string advice) => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;

        [Entity]
        [SoftDelete]
        public class {|#0:Post|}
        {
            public Guid Id { get; set; }
            {{member}}
        }
        """,
        Verify.Diagnostic(Descriptors.SoftDeleteWithoutDeletedAt).WithLocation(0).WithArguments("Post", "post", detail, advice));

    [Theory]
    [InlineData("DateTimeOffset?")]
    [InlineData("DateTime?")]
    public Task Nullable_DeletedAt_is_fine(string type) => Verify.VerifyAsync($$"""
        using System;
        using SchemaGen;

        [Entity]
        [SoftDelete]
        public class Post
        {
            public Guid Id { get; set; }
            public {{type}} DeletedAt { get; set; }
        }
        """);

    [Fact]
    public Task Inherited_DeletedAt_is_fine_and_entities_without_SoftDelete_need_none() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        public abstract class SoftDeletable
        {
            public DateTime? DeletedAt { get; set; }
        }

        [Entity]
        [SoftDelete]
        public class Post : SoftDeletable
        {
            public Guid Id { get; set; }
        }

        [Entity]
        public class Tag
        {
            public Guid Id { get; set; }
        }
        """);
}
