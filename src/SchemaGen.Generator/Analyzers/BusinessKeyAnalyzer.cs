using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using TypeKind = SchemaGen.Generator.Model.TypeKind;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG1007: a column whose whole name is a business key (email, username, slug, sku, handle, isbn, ...) that no
/// unique index contains and that is not part of the primary key. A unique index that contains the column
/// with others (<c>(tenant_id, email)</c>) counts: the key is unique per tenant, which is a decision.
/// </summary>
public sealed class BusinessKeyAnalyzer : SchemaRuleAnalyzer
{
    /// <summary>Whole names (as snake_case words) that identify a row to people and systems outside the database.</summary>
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal)
    {
        "email", "email_address", "username", "user_name", "login", "login_name", "slug", "sku", "handle",
        "isbn", "isbn10", "isbn13", "ean", "ean13", "upc", "gtin",
    };

    /// <summary>Creates the analyzer.</summary>
    public BusinessKeyAnalyzer()
        : base(Descriptors.BusinessKeyNotUnique)
    {
    }

    private protected override void Analyze(RuleContext context)
    {
        var spec = context.Spec;
        foreach (var column in spec.Columns)
        {
            if (column.IsPrimaryKey || column.ForeignKey is not null || column.Jsonb
                || column.Type.Kind is not (TypeKind.String or TypeKind.Int32 or TypeKind.Int64))
            {
                continue;
            }

            var columnName = context.Directory.ColumnOf(column);
            var key = KeyName(column.PropertyName) ?? KeyName(columnName);
            if (key is null || IsCoveredByUniqueIndex(context, column) || !context.Judges(column.PropertyName))
            {
                continue;
            }

            context.ReportAt(
                Descriptors.BusinessKeyNotUnique,
                context.PropertyLocation(column.PropertyName),
                null,
                context.Entity.Model.Table,
                columnName,
                key);
        }
    }

    private static string? KeyName(string name)
    {
        var joined = string.Join("_", NameWords.Split(name));
        return Keys.Contains(joined) ? joined : null;
    }

    /// <summary>
    /// Whether a unique index contains the column, as declared: a unique field, or a unique <c>[TableIndex]</c> or
    /// EF <c>[Index]</c> that lists it (by property or column name), even if another of its columns is misspelt
    /// (SG2003 says so; this rule would only add noise).
    /// </summary>
    private static bool IsCoveredByUniqueIndex(RuleContext context, ColumnSpec column)
        => context.Spec.Indexes.Any(index => index.IsUnique
            && index.Columns.Any(written => context.Directory.FindColumn(context.Spec, written)?.PropertyName == column.PropertyName));
}
