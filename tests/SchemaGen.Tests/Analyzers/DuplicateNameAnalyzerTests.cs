using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.DuplicateNameAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class DuplicateNameAnalyzerTests
{
    [Fact]
    public Task Two_entities_on_one_table_are_both_flagged() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        namespace Blog
        {
            [Entity]
            public class {|#0:User|}
            {
                public Guid Id { get; set; }
            }

            [Entity(Name = "user")]
            public class {|#1:Users|}
            {
                public Guid Id { get; set; }
            }
        }
        """,
        Verify.Diagnostic(Descriptors.DuplicateName).WithLocation(0).WithArguments("table", "user", "the table of 'Blog.Users'", "public"),
        Verify.Diagnostic(Descriptors.DuplicateName).WithLocation(1).WithArguments("table", "user", "the table of 'Blog.User'", "public"));

    [Fact]
    public Task An_index_named_like_another_table_clashes_with_it() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [{|#0:TableIndex("post", nameof(Email))|}]
        public class User
        {
            public Guid Id { get; set; }
            public string Email { get; set; } = "";
        }

        [Entity]
        public class {|#1:Post|}
        {
            public Guid Id { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.DuplicateName).WithLocation(0).WithArguments("index", "post", "the table of 'Post'", "public"),
        Verify.Diagnostic(Descriptors.DuplicateName).WithLocation(1).WithArguments("table", "post", "the index of 'user' (User)", "public"));

    [Fact]
    public Task Index_names_are_per_schema_and_constraint_names_per_table() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [{|#0:TableIndex("ix_created", nameof(CreatedAt))|}]
        [{|#2:Check("total >= 0", Name = "positive")|}]
        [{|#3:Check("discount >= 0", Name = "positive")|}]
        public class Order
        {
            public Guid Id { get; set; }
            public decimal Total { get; set; }
            public decimal Discount { get; set; }
            public DateTimeOffset CreatedAt { get; set; }
        }

        [Entity]
        [{|#1:TableIndex("ix_created", nameof(CreatedAt))|}]
        [Check("total >= 0", Name = "positive")]
        public class Invoice
        {
            public Guid Id { get; set; }
            public decimal Total { get; set; }
            public DateTimeOffset CreatedAt { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.DuplicateName).WithLocation(0).WithArguments("index", "ix_created", "the index of 'invoice' (Invoice)", "public"),
        Verify.Diagnostic(Descriptors.DuplicateName).WithLocation(1).WithArguments("index", "ix_created", "the index of 'order' (Order)", "public"),
        Verify.Diagnostic(Descriptors.DuplicateName).WithLocation(2).WithArguments("check constraint", "ck_order_positive", "another check constraint of 'order'", "public"),
        Verify.Diagnostic(Descriptors.DuplicateName).WithLocation(3).WithArguments("check constraint", "ck_order_positive", "another check constraint of 'order'", "public"));

    [Fact]
    public Task A_generated_index_name_of_another_table_clashes_too() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class User
        {
            public Guid Id { get; set; }

            [Field(Index = true)]
            public Guid {|#0:AccountId|} { get; set; }
        }

        [Entity]
        public class UserAccount
        {
            [Field(PrimaryKey = true, Index = true)]
            public Guid {|#1:Id|} { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.DuplicateName).WithLocation(0).WithArguments("index", "ix_user_account_id", "the index of 'user_account' (UserAccount)", "public"),
        Verify.Diagnostic(Descriptors.DuplicateName).WithLocation(1).WithArguments("index", "ix_user_account_id", "the index of 'user' (User)", "public"));

    [Fact]
    public Task Same_names_in_different_schemas_are_fine() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity(Schema = "billing")]
        [TableIndex("ix_created", nameof(CreatedAt))]
        public class User
        {
            public Guid Id { get; set; }
            public DateTimeOffset CreatedAt { get; set; }
        }

        namespace Auth
        {
            [Entity(Schema = "auth")]
            [TableIndex("ix_created", nameof(CreatedAt))]
            public class User
            {
                public Guid Id { get; set; }
                public DateTimeOffset CreatedAt { get; set; }
            }
        }
        """);

    [Fact]
    public Task Check_names_on_different_tables_and_repeated_declarations_of_one_index_are_fine() => Verify.VerifyAsync("""
        using System;
        using Microsoft.EntityFrameworkCore;
        using SchemaGen;

        [Entity]
        [Index(nameof(AuthorId))]
        [Check("total >= 0", Name = "positive")]
        public class Order
        {
            public Guid Id { get; set; }
            public decimal Total { get; set; }

            [Field(Index = true)]
            public Guid AuthorId { get; set; }
        }

        [Entity]
        [Check("total >= 0", Name = "positive")]
        public class Invoice
        {
            public Guid Id { get; set; }
            public decimal Total { get; set; }
        }
        """);
}
