using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.ResolverProblemAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class ResolverProblemAnalyzerTests
{
    [Fact]
    public Task Foreign_key_to_an_unknown_table_names_the_closest() => Verify.VerifyAsync("""
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

            [Field(ForeignKey = "usr.id", Index = true)]
            public Guid {|#0:AuthorId|} { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.UnresolvedForeignKey).WithLocation(0).WithArguments(
            "usr.id",
            "Post.AuthorId",
            "no entity class or table is called 'usr'; did you mean 'user'?"));

    [Fact]
    public Task Foreign_key_to_an_unknown_column_names_the_closest() => Verify.VerifyAsync("""
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

            [Field(ForeignKey = "User.Idd", Index = true)]
            public Guid {|#0:AuthorId|} { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.UnresolvedForeignKey).WithLocation(0).WithArguments(
            "User.Idd",
            "Post.AuthorId",
            "'User' has no column 'Idd'; did you mean 'Id'?"));

    [Fact]
    public Task Foreign_key_of_another_type_than_the_key() => Verify.VerifyAsync("""
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
            public int {|#0:AuthorId|} { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.ForeignKeyTypeMismatch).WithLocation(0).WithArguments("post.author_id", "int", "user.id", "System.Guid"));

    [Fact]
    public Task Index_over_a_missing_column() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [{|#0:TableIndex("ix_user_tenant_email", "tenant_id", "emial", Unique = true)|}]
        public class User
        {
            public Guid Id { get; set; }
            public Guid TenantId { get; set; }
            public string Email { get; set; } = "";
        }
        """,
        Verify.Diagnostic(Descriptors.UnknownIndexColumn).WithLocation(0).WithArguments("ix_user_tenant_email", "emial", "user", " Did you mean 'email'?"));

    [Fact]
    public Task Valid_references_in_both_forms_are_fine() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [TableIndex("ix_user_tenant_email", nameof(TenantId), "email", Unique = true)]
        public class User
        {
            public Guid Id { get; set; }
            public Guid TenantId { get; set; }
            public string Email { get; set; } = "";
        }

        [Entity]
        public class Post
        {
            public Guid Id { get; set; }

            [Field(ForeignKey = "user.id", Index = true)]
            public Guid AuthorId { get; set; }

            [Field(ForeignKey = nameof(User) + "." + nameof(User.Id), Index = true)]
            public Guid? EditorId { get; set; }
        }
        """);
}
