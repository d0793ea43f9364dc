using System.Linq;
using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.UnknownSqlIdentifierAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class UnknownSqlIdentifierAnalyzerTests
{
    [Fact]
    public Task Misspelt_column_in_a_check_is_flagged_on_the_attribute() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [{|#0:Check("stauts IN ('pending', 'shipped')", Name = "status")|}]
        public class Order
        {
            public Guid Id { get; set; }
            public string Status { get; set; } = "";
        }
        """,
        Verify.Diagnostic(Descriptors.UnknownSqlIdentifier).WithLocation(0).WithArguments("Check 'ck_order_status'", "order", "stauts", " Did you mean 'status'?"));

    [Fact]
    public Task Property_name_in_an_index_predicate_is_flagged() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [{|#0:TableIndex("ix_user_active", nameof(Id), Where = "DeletedAt IS NULL")|}]
        public class User
        {
            public Guid Id { get; set; }
            public DateTimeOffset? DeletedAt { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.UnknownSqlIdentifier).WithLocation(0).WithArguments(
            "The Where of index 'ix_user_active'", "user", "deletedat", " Write the column name 'deleted_at', not the property name 'DeletedAt'."));

    [Fact]
    public Task Unquoted_name_of_a_mixed_case_column_folds_away_from_it() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [{|#0:Check("UserName <> '' AND \"nickname\" <> ''")|}]
        public class User
        {
            public Guid Id { get; set; }

            [Field(Name = "UserName")]
            public string Name { get; set; } = "";

            [Field(Name = "Nickname")]
            public string Nickname { get; set; } = "";
        }
        """,
        Verify.Diagnostic(Descriptors.UnknownSqlIdentifier).WithLocation(0).WithArguments(
            "Check 'ck_user_1'", "user", "username", " PostgreSQL folds unquoted names to lower case: write \"UserName\"."),
        Verify.Diagnostic(Descriptors.UnknownSqlIdentifier).WithLocation(0).WithArguments(
            "Check 'ck_user_1'", "user", "\"nickname\"", " PostgreSQL folds unquoted names to lower case: write \"Nickname\"."));

    [Fact]
    public Task Functions_casts_literals_keywords_and_strings_are_not_columns() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [Check("char_length(title) BETWEEN 1 AND 200 AND status::text <> 'archived' AND \"title\" IS NOT NULL")]
        [Check("created_at >= DATE '2020-01-01' AND created_at < now() + interval '1 day' AND extract(year FROM created_at) > 2000")]
        [Check("CAST(price AS numeric(10, 2)) > 0 AND price < 1e6 AND status IN ('pending', 'shipped') AND coalesce(note, '') NOT ILIKE E'%\\'spam%'")]
        [Check("pg_catalog.lower(status) = status -- no column here: deleted\n /* nor here: ghost */ AND price IS DISTINCT FROM NULL")]
        [TableIndex("ix_order_open", nameof(Status), Where = "status <> 'closed' AND created_at > CURRENT_TIMESTAMP - interval '30 days'")]
        public class Order
        {
            public Guid Id { get; set; }
            public string Title { get; set; } = "";
            public string Status { get; set; } = "";
            public string? Note { get; set; }
            public decimal Price { get; set; }
            public DateTimeOffset CreatedAt { get; set; }
        }
        """);

    [Fact]
    public Task Explicit_column_names_are_the_ones_to_write() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        [Check("qty > 0")]
        [TableIndex("ix_line_live", "qty", Where = "removed_at IS NULL")]
        public class Line
        {
            public Guid Id { get; set; }

            [Field(Name = "qty")]
            public int Quantity { get; set; }

            [Field(Name = "removed_at")]
            public DateTimeOffset? DeletedAt { get; set; }
        }
        """);

    [Fact]
    public void Tokenizer_keeps_strings_quoted_names_and_comments_apart()
    {
        var tokens = SqlTokenizer.Tokenize("\"Weird \"\"Name\"\"\" = 'it''s' -- x\n AND $tag$a 'b'$tag$ <> E'\\'' AND n::int8 >= .5e-3");
        Assert.Equal(
            new[] { "QuotedIdentifier:Weird \"Name\"", "Operator:=", "String:it's", "Identifier:and", "String:a 'b'", "Operator:<>", "String:'", "Identifier:and", "Identifier:n", "Cast:::", "Identifier:int8", "Operator:>=", "Number:.5e-3" },
            tokens.Select(t => t.ToString()));
    }
}
