using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using ForeignKeyFix = SchemaGen.Tests.Infrastructure.CodeFixVerifier<SchemaGen.Generator.Analyzers.ResolverProblemAnalyzer, SchemaGen.CodeFixes.UseSuggestedForeignKeyCodeFix>;
using IndexColumnFix = SchemaGen.Tests.Infrastructure.CodeFixVerifier<SchemaGen.Generator.Analyzers.ResolverProblemAnalyzer, SchemaGen.CodeFixes.UseSuggestedIndexColumnCodeFix>;
using TypeFix = SchemaGen.Tests.Infrastructure.CodeFixVerifier<SchemaGen.Generator.Analyzers.ResolverProblemAnalyzer, SchemaGen.CodeFixes.MatchForeignKeyTypeCodeFix>;

namespace SchemaGen.Tests.CodeFixes;

/// <summary>The fixes of SG2001 (closest foreign key), SG2002 (key type) and SG2003 (closest index column).</summary>
public sealed class ResolverProblemCodeFixTests
{
    private const string User = """
        [Entity]
        public class User
        {
            public Guid Id { get; set; }
        }
        """;

    [Fact]
    public Task SG2001_uses_the_closest_table_in_the_database_form() => ForeignKeyFix.VerifyAsync($$"""
        using System;
        using SchemaGen;

        {{User}}

        [Entity]
        public class Post
        {
            public Guid Id { get; set; }

            [Field(ForeignKey = "usr.id", Index = true)]
            public Guid {|#0:AuthorId|} { get; set; }
        }
        """, $$"""
        using System;
        using SchemaGen;

        {{User}}

        [Entity]
        public class Post
        {
            public Guid Id { get; set; }

            [Field(ForeignKey = "user.id", Index = true)]
            public Guid AuthorId { get; set; }
        }
        """,
        ForeignKeyFix.Diagnostic(Descriptors.UnresolvedForeignKey).WithLocation(0).WithArguments(
            "usr.id", "Post.AuthorId", "no entity class or table is called 'usr'; did you mean 'user'?"));

    [Fact]
    public Task SG2001_fix_all_corrects_every_reference() => ForeignKeyFix.VerifyAsync($$"""
        using System;
        using SchemaGen;

        {{User}}

        [Entity]
        public class Post
        {
            public Guid Id { get; set; }

            [Field(ForeignKey = "User.Idd", Index = true)]
            public Guid {|#0:AuthorId|} { get; set; }

            [Field(ForeignKey = "usre.id", Index = true)]
            public Guid? {|#1:EditorId|} { get; set; }
        }
        """, $$"""
        using System;
        using SchemaGen;

        {{User}}

        [Entity]
        public class Post
        {
            public Guid Id { get; set; }

            [Field(ForeignKey = "User.Id", Index = true)]
            public Guid AuthorId { get; set; }

            [Field(ForeignKey = "user.id", Index = true)]
            public Guid? EditorId { get; set; }
        }
        """,
        ForeignKeyFix.Diagnostic(Descriptors.UnresolvedForeignKey).WithLocation(0).WithArguments("User.Idd", "Post.AuthorId", "'User' has no column 'Idd'; did you mean 'Id'?"),
        ForeignKeyFix.Diagnostic(Descriptors.UnresolvedForeignKey).WithLocation(1).WithArguments("usre.id", "Post.EditorId", "no entity class or table is called 'usre'; did you mean 'user'?"));

    [Fact]
    public Task SG2002_changes_the_type_and_drops_an_initializer_of_the_old_type() => TypeFix.VerifyAsync($$"""
        using System;
        using SchemaGen;

        {{User}}

        [Entity]
        public class Post
        {
            public Guid Id { get; set; }

            [Field(ForeignKey = "user.id", Index = true)]
            public string {|#0:AuthorId|} { get; set; } = "";
        }
        """, $$"""
        using System;
        using SchemaGen;

        {{User}}

        [Entity]
        public class Post
        {
            public Guid Id { get; set; }

            [Field(ForeignKey = "user.id", Index = true)]
            public Guid AuthorId { get; set; }
        }
        """,
        TypeFix.Diagnostic(Descriptors.ForeignKeyTypeMismatch).WithLocation(0).WithArguments("post.author_id", "string", "user.id", "System.Guid"));

    [Fact]
    public Task SG2002_fix_all_keeps_nullability() => TypeFix.VerifyAsync("""
        using SchemaGen;

        [Entity]
        public class User
        {
            public long Id { get; set; }
        }

        [Entity]
        public class Post
        {
            public System.Guid Id { get; set; }

            [Field(ForeignKey = "user.id", Index = true)]
            public int {|#0:AuthorId|} { get; set; }

            [Field(ForeignKey = "user.id", Index = true)]
            public int? {|#1:EditorId|} { get; set; }
        }
        """, """
        using SchemaGen;

        [Entity]
        public class User
        {
            public long Id { get; set; }
        }

        [Entity]
        public class Post
        {
            public System.Guid Id { get; set; }

            [Field(ForeignKey = "user.id", Index = true)]
            public long AuthorId { get; set; }

            [Field(ForeignKey = "user.id", Index = true)]
            public long? EditorId { get; set; }
        }
        """,
        TypeFix.Diagnostic(Descriptors.ForeignKeyTypeMismatch).WithLocation(0).WithArguments("post.author_id", "int", "user.id", "long"),
        TypeFix.Diagnostic(Descriptors.ForeignKeyTypeMismatch).WithLocation(1).WithArguments("post.editor_id", "int", "user.id", "long"));

    [Fact]
    public Task SG2003_replaces_the_misspelt_column_in_Include_too() => IndexColumnFix.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [{|#0:TableIndex("ix_user_email", "email", Include = new[] { "nmae" })|}]
        public class User
        {
            public Guid Id { get; set; }
            public string Email { get; set; } = "";
            public string Name { get; set; } = "";
        }
        """, """
        using System;
        using SchemaGen;

        [Entity]
        [TableIndex("ix_user_email", "email", Include = new[] { "name" })]
        public class User
        {
            public Guid Id { get; set; }
            public string Email { get; set; } = "";
            public string Name { get; set; } = "";
        }
        """,
        IndexColumnFix.Diagnostic(Descriptors.UnknownIndexColumn).WithLocation(0).WithArguments("ix_user_email", "nmae", "user", " Did you mean 'name'?"));

    [Fact]
    public Task SG2003_fix_all_corrects_every_index() => IndexColumnFix.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [{|#0:TableIndex("ix_user_tenant_email", "tenant_id", "emial", Unique = true)|}]
        [{|#1:TableIndex("ix_user_name", "nmae")|}]
        public class User
        {
            public Guid Id { get; set; }
            public Guid TenantId { get; set; }
            public string Email { get; set; } = "";
            public string Name { get; set; } = "";
        }
        """, """
        using System;
        using SchemaGen;

        [Entity]
        [TableIndex("ix_user_tenant_email", "tenant_id", "email", Unique = true)]
        [TableIndex("ix_user_name", "name")]
        public class User
        {
            public Guid Id { get; set; }
            public Guid TenantId { get; set; }
            public string Email { get; set; } = "";
            public string Name { get; set; } = "";
        }
        """,
        IndexColumnFix.Diagnostic(Descriptors.UnknownIndexColumn).WithLocation(0).WithArguments("ix_user_tenant_email", "emial", "user", " Did you mean 'email'?"),
        IndexColumnFix.Diagnostic(Descriptors.UnknownIndexColumn).WithLocation(1).WithArguments("ix_user_name", "nmae", "user", " Did you mean 'name'?"));

    [Fact]
    public Task SG2003_on_an_EF_Index_sits_on_that_attribute_and_is_fixed_there() => IndexColumnFix.VerifyAsync("""
        using System;
        using Microsoft.EntityFrameworkCore;
        using SchemaGen;

        [Entity]
        [TableIndex("ix_user_email", nameof(Email))]
        [{|#0:Index("Emial")|}]
        public class User
        {
            public Guid Id { get; set; }
            public string Email { get; set; } = "";
        }
        """, """
        using System;
        using Microsoft.EntityFrameworkCore;
        using SchemaGen;

        [Entity]
        [TableIndex("ix_user_email", nameof(Email))]
        [Index("Email")]
        public class User
        {
            public Guid Id { get; set; }
            public string Email { get; set; } = "";
        }
        """,
        IndexColumnFix.Diagnostic(Descriptors.UnknownIndexColumn).WithLocation(0).WithArguments("Emial", "Emial", "user", " Did you mean 'Email'?"));
}
