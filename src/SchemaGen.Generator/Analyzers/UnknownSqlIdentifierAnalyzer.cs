using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Naming;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG2004: a <c>[Check]</c> or a <c>TableIndex.Where</c> refers to a name that is no column of the table.
/// The SQL is tokenized: strings are skipped, quoted names are exact, unquoted names are folded to lower case
/// as PostgreSQL folds them, and keywords, functions (a name before <c>(</c>), type names (after <c>::</c> or
/// <c>AS</c>) and qualifiers (before <c>.</c>) are not column references.
/// </summary>
public sealed class UnknownSqlIdentifierAnalyzer : SchemaRuleAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public UnknownSqlIdentifierAnalyzer()
        : base(Descriptors.UnknownSqlIdentifier)
    {
    }

    private protected override void Analyze(RuleContext context)
    {
        var model = context.Entity.Model;
        var columns = new HashSet<string>(model.Columns.Select(c => c.ColumnName), StringComparer.Ordinal);
        foreach (var (_, index, attribute) in DeclaredAttributes.Indexes(context.Type, context.Spec))
        {
            if (index.Where is { } where)
            {
                Check(context, columns, where, "The Where of index '" + index.ExplicitName + "'", attribute);
            }
        }

        foreach (var (ordinal, check, attribute) in DeclaredAttributes.Checks(context.Type, context.Spec))
        {
            var name = ordinal < model.Checks.Count ? model.Checks[ordinal].Name : check.Name ?? string.Empty;
            Check(context, columns, check.Sql, "Check '" + name + "'", attribute);
        }
    }

    private static void Check(RuleContext context, HashSet<string> columns, string sql, string what, AttributeData attribute)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in SqlFragments.ColumnReferences(SqlTokenizer.Tokenize(sql)))
        {
            if (columns.Contains(token.Value))
            {
                continue;
            }

            var written = token.Kind == SqlTokenKind.QuotedIdentifier ? "\"" + token.Value + "\"" : token.Value;
            if (reported.Add(written))
            {
                context.ReportAt(
                    Descriptors.UnknownSqlIdentifier,
                    context.AttributeLocation(attribute),
                    null,
                    what,
                    context.Entity.Model.Table,
                    written,
                    Hint(context, columns, token));
            }
        }
    }

    /// <summary>What the user probably meant: the column an unquoted name folded away from, the column of a property, or the closest column.</summary>
    private static string Hint(RuleContext context, HashSet<string> columns, SqlToken token)
    {
        var folded = columns.FirstOrDefault(c => string.Equals(c, token.Value, StringComparison.OrdinalIgnoreCase));
        if (folded is not null)
        {
            return " PostgreSQL folds unquoted names to lower case: write " + Written(folded) + ".";
        }

        var property = context.Spec.Columns.FirstOrDefault(c => string.Equals(c.PropertyName, token.Value, StringComparison.OrdinalIgnoreCase));
        if (property is not null)
        {
            return " Write the column name " + Written(context.Directory.ColumnOf(property)) + ", not the property name '" + property.PropertyName + "'.";
        }

        var closest = Suggest.Closest(token.Value, columns);
        return closest is null ? string.Empty : " Did you mean " + Written(closest) + "?";
    }

    /// <summary>A column as SQL must spell it: <c>'status'</c>, or <c>"UserName"</c> when it needs quotes.</summary>
    private static string Written(string column)
    {
        var quoted = Sql.QuoteIdentifier(column);
        return quoted.StartsWith("\"", StringComparison.Ordinal) ? quoted : "'" + quoted + "'";
    }
}
