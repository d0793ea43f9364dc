using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using TypeKind = SchemaGen.Generator.Model.TypeKind;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG3011: a <c>float</c>/<c>double</c> column whose name says money: a whole word of the property's or the
/// column's snake_case name is a money word (<c>UnitPrice</c>, <c>total_amount</c>, <c>TaxDue</c>), and no word says
/// it is a measure instead (<c>TotalWeight</c>, <c>DiscountRate</c>, <c>FeePercent</c>). Fix: <c>decimal</c>.
/// </summary>
public sealed class FloatingPointMoneyAnalyzer : SchemaRuleAnalyzer
{
    private static readonly HashSet<string> MoneyWords = new(StringComparer.Ordinal)
    {
        "price", "prices", "amount", "amounts", "total", "totals", "subtotal", "subtotals", "balance", "balances",
        "cost", "costs", "fee", "fees", "salary", "salaries", "wage", "wages", "tax", "taxes", "discount", "discounts",
        "revenue", "revenues", "payment", "payments", "refund", "refunds", "budget", "budgets", "profit", "profits",
        "income", "expense", "expenses", "commission", "commissions", "fare", "fares", "payout", "payouts", "deposit",
        "deposits", "charge", "charges", "money", "cash", "rent", "tip", "tips", "bonus", "earnings", "msrp", "vat",
    };

    /// <summary>Words that make a money-sounding name a measure, count or ratio.</summary>
    private static readonly HashSet<string> MeasureWords = new(StringComparer.Ordinal)
    {
        "rate", "rates", "ratio", "percent", "percentage", "pct", "factor", "multiplier", "weight", "distance",
        "length", "width", "height", "depth", "volume", "size", "duration", "time", "seconds", "minutes", "hours",
        "days", "count", "score", "rating", "points", "kg", "km", "miles", "temperature", "latitude", "longitude",
    };

    /// <summary>Creates the analyzer.</summary>
    public FloatingPointMoneyAnalyzer()
        : base(Descriptors.FloatingPointMoney)
    {
    }

    private protected override void Analyze(RuleContext context)
    {
        foreach (var column in context.Spec.Columns)
        {
            if (column is not { Type.Kind: TypeKind.Single or TypeKind.Double, Jsonb: false })
            {
                continue;
            }

            var columnName = context.Directory.ColumnOf(column);
            var words = NameWords.Split(column.PropertyName).Concat(NameWords.Split(columnName)).ToList();
            if (words.Any(MoneyWords.Contains) && !words.Any(MeasureWords.Contains) && context.Judges(column.PropertyName))
            {
                context.ReportOnProperty(
                    Descriptors.FloatingPointMoney,
                    column.PropertyName,
                    context.Entity.Model.Table,
                    columnName,
                    column.Type.Kind == TypeKind.Single ? "float" : "double");
            }
        }
    }
}
