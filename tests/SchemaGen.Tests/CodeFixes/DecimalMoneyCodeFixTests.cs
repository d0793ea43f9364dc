using System.Threading.Tasks;
using SchemaGen.CodeFixes;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.CodeFixVerifier<SchemaGen.Generator.Analyzers.FloatingPointMoneyAnalyzer, SchemaGen.CodeFixes.DecimalMoneyCodeFix>;

namespace SchemaGen.Tests.CodeFixes;

public sealed class DecimalMoneyCodeFixTests
{
    [Fact]
    public Task Fix_all_makes_money_decimal_and_keeps_initializers_compiling() => Verify.VerifyAsync("""
        using System;
        using System.ComponentModel.DataAnnotations.Schema;
        using SchemaGen;

        [Entity]
        public class OrderLine
        {
            private const double DefaultFee = 1.5;

            public Guid Id { get; set; }

            public double {|#0:UnitPrice|} { get; set; } = 9.99;

            public float? {|#1:Discount|} { get; set; } = -0.5f;

            [Field(ColumnType = "double precision", Comment = "fee")]
            public Double {|#2:Fee|} { get; set; } = DefaultFee;

            [Column(TypeName = "numeric(12,2)")]
            public double {|#3:Total|} { get; set; } = 0;

            public double {|#4:Tax|} { get; set; } = 1e2;
        }
        """, """
        using System;
        using System.ComponentModel.DataAnnotations.Schema;
        using SchemaGen;

        [Entity]
        public class OrderLine
        {
            private const double DefaultFee = 1.5;

            public Guid Id { get; set; }

            public decimal UnitPrice { get; set; } = 9.99m;

            public decimal? Discount { get; set; } = -0.5m;

            [Field(Comment = "fee")]
            public decimal Fee { get; set; } = (decimal)DefaultFee;

            [Column(TypeName = "numeric(12,2)")]
            public decimal Total { get; set; } = 0;

            public decimal Tax { get; set; } = 1e2m;
        }
        """,
        DecimalMoneyCodeFix.EquivalenceKey,
        Verify.Diagnostic(Descriptors.FloatingPointMoney).WithLocation(0).WithArguments("order_line", "unit_price", "double"),
        Verify.Diagnostic(Descriptors.FloatingPointMoney).WithLocation(1).WithArguments("order_line", "discount", "float"),
        Verify.Diagnostic(Descriptors.FloatingPointMoney).WithLocation(2).WithArguments("order_line", "fee", "double"),
        Verify.Diagnostic(Descriptors.FloatingPointMoney).WithLocation(3).WithArguments("order_line", "total", "double"),
        Verify.Diagnostic(Descriptors.FloatingPointMoney).WithLocation(4).WithArguments("order_line", "tax", "double"));
}
