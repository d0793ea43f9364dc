using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.CodeFixVerifier<SchemaGen.Generator.Analyzers.UnindexedForeignKeyAnalyzer, SchemaGen.CodeFixes.AddForeignKeyIndexCodeFix>;

namespace SchemaGen.Tests.CodeFixes;

public sealed class AddForeignKeyIndexCodeFixTests
{
    [Fact]
    public Task Adds_Index_true_to_the_Field_attribute() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class User
        {
            public Guid Id { get; set; }
        }

        [Entity]
        public class Post
        {
            public Guid Id { get; set; }

            [Field(ForeignKey = "user.id")]
            public Guid {|#0:AuthorId|} { get; set; }
        }
        """, """
        using System;
        using SchemaGen;

        [Entity]
        public class User
        {
            public Guid Id { get; set; }
        }

        [Entity]
        public class Post
        {
            public Guid Id { get; set; }

            [Field(ForeignKey = "user.id", Index = true)]
            public Guid AuthorId { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.UnindexedForeignKey).WithLocation(0).WithArguments("post", "author_id", ""));

    [Fact]
    public Task Replaces_Index_false() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class User
        {
            public Guid Id { get; set; }
        }

        [Entity]
        public class Post
        {
            public Guid Id { get; set; }

            [Field(Index = false, ForeignKey = "user.id")]
            public Guid {|#0:AuthorId|} { get; set; }
        }
        """, """
        using System;
        using SchemaGen;

        [Entity]
        public class User
        {
            public Guid Id { get; set; }
        }

        [Entity]
        public class Post
        {
            public Guid Id { get; set; }

            [Field(Index = true, ForeignKey = "user.id")]
            public Guid AuthorId { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.UnindexedForeignKey).WithLocation(0).WithArguments("post", "author_id", ""));

    [Fact]
    public Task Fix_all_indexes_every_foreign_key() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class User
        {
            public Guid Id { get; set; }
        }

        [Entity]
        public class Post
        {
            public Guid Id { get; set; }

            [Field(ForeignKey = "user.id")]
            public Guid {|#0:AuthorId|} { get; set; }

            [Field(ForeignKey = "user.id")]
            public Guid? {|#1:EditorId|} { get; set; }
        }

        [Entity]
        public class Comment
        {
            public Guid Id { get; set; }

            [Field(ForeignKey = "post.id")]
            public Guid {|#2:PostId|} { get; set; }
        }
        """, """
        using System;
        using SchemaGen;

        [Entity]
        public class User
        {
            public Guid Id { get; set; }
        }

        [Entity]
        public class Post
        {
            public Guid Id { get; set; }

            [Field(ForeignKey = "user.id", Index = true)]
            public Guid AuthorId { get; set; }

            [Field(ForeignKey = "user.id", Index = true)]
            public Guid? EditorId { get; set; }
        }

        [Entity]
        public class Comment
        {
            public Guid Id { get; set; }

            [Field(ForeignKey = "post.id", Index = true)]
            public Guid PostId { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.UnindexedForeignKey).WithLocation(0).WithArguments("post", "author_id", ""),
        Verify.Diagnostic(Descriptors.UnindexedForeignKey).WithLocation(1).WithArguments("post", "editor_id", ""),
        Verify.Diagnostic(Descriptors.UnindexedForeignKey).WithLocation(2).WithArguments("comment", "post_id", ""));
}
