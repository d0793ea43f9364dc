using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.ReservedWordAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class ReservedWordAnalyzerTests
{
    private const string TableAdvice = "[Entity(Name = \"...\")]";
    private const string ColumnAdvice = "[Field(Name = \"...\")]";

    [Fact]
    public Task Reserved_table_and_column_names_are_flagged_on_class_and_property() => Verify.VerifyAsync("""
        using System;
        using System.ComponentModel.DataAnnotations.Schema;
        using SchemaGen;

        [Entity]
        public class {|#0:User|}
        {
            public Guid Id { get; set; }

            public string {|#1:Group|} { get; set; } = "";
        }

        [Entity(Name = "order")]
        public class {|#2:Purchase|}
        {
            public Guid Id { get; set; }

            [Field(Name = "select")]
            public bool {|#3:Chosen|} { get; set; }

            [Column("left")]
            public int {|#4:Remaining|} { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.ReservedWord).WithLocation(0).WithArguments("Table", "user", "user", TableAdvice),
        Verify.Diagnostic(Descriptors.ReservedWord).WithLocation(1).WithArguments("Column", "user.group", "group", ColumnAdvice),
        Verify.Diagnostic(Descriptors.ReservedWord).WithLocation(2).WithArguments("Table", "order", "order", TableAdvice),
        Verify.Diagnostic(Descriptors.ReservedWord).WithLocation(3).WithArguments("Column", "order.select", "select", ColumnAdvice),
        Verify.Diagnostic(Descriptors.ReservedWord).WithLocation(4).WithArguments("Column", "order.left", "left", ColumnAdvice));

    [Fact]
    public Task Non_reserved_key_words_and_names_that_only_contain_a_reserved_word_are_fine() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class UserAccount
        {
            public Guid Id { get; set; }

            public string Name { get; set; } = "";

            public string Type { get; set; } = "";

            public TimeOnly Time { get; set; }

            public int Position { get; set; }

            public string Text { get; set; } = "";

            public int OrderNumber { get; set; }
        }

        [Entity(Name = "orders_archive")]
        public class Order
        {
            public Guid Id { get; set; }
        }
        """);

    [Fact]
    public Task Quoted_names_under_naming_none_are_no_reserved_words() => NamingNone.VerifyAsync<ReservedWordAnalyzer>("""
        using System;
        using SchemaGen;

        [Entity]
        public class User
        {
            public Guid Id { get; set; }

            public string Group { get; set; } = "";
        }
        """);

    [Fact]
    public Task A_reserved_column_on_a_shared_base_class_is_reported_once() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        public abstract class Ordered
        {
            public int {|#0:Order|} { get; set; }
        }

        [Entity]
        public class Chapter : Ordered
        {
            public Guid Id { get; set; }
        }

        [Entity]
        public class Section : Ordered
        {
            public Guid Id { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.ReservedWord).WithLocation(0).WithArguments("Column", "chapter.order", "order", ColumnAdvice));
}
