using System.Threading.Tasks;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.FloatingPointMoneyAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class FloatingPointMoneyAnalyzerTests
{
    [Fact]
    public Task Money_named_float_and_double_columns_are_flagged_on_the_property() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class OrderLine
        {
            public Guid Id { get; set; }

            public double {|#0:UnitPrice|} { get; set; }

            public float? {|#1:Discount|} { get; set; }

            [Field(Name = "tax_due")]
            public double {|#2:Levy|} { get; set; }

            public double {|#3:TotalAmount|} { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.FloatingPointMoney).WithLocation(0).WithArguments("order_line", "unit_price", "double"),
        Verify.Diagnostic(Descriptors.FloatingPointMoney).WithLocation(1).WithArguments("order_line", "discount", "float"),
        Verify.Diagnostic(Descriptors.FloatingPointMoney).WithLocation(2).WithArguments("order_line", "tax_due", "double"),
        Verify.Diagnostic(Descriptors.FloatingPointMoney).WithLocation(3).WithArguments("order_line", "total_amount", "double"));

    [Fact]
    public Task Decimal_money_and_money_words_inside_other_words_are_fine() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class OrderLine
        {
            public Guid Id { get; set; }

            public decimal UnitPrice { get; set; }

            public decimal? Discount { get; set; }

            public double Pricelessness { get; set; }

            public double Costume { get; set; }

            public double Taxonomy { get; set; }
        }
        """);

    [Fact]
    public Task Measures_rates_and_counts_with_money_words_are_fine() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class Shipment
        {
            public Guid Id { get; set; }

            public double TotalWeight { get; set; }

            public double TaxRate { get; set; }

            public float DiscountPercent { get; set; }

            public double Latitude { get; set; }

            public int TotalCount { get; set; }
        }
        """);
}
