using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Naming;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG2005: a name the user wrote that is longer than PostgreSQL's 63 bytes (UTF-8): <c>Entity.Name</c> or
/// <c>[Table]</c>, <c>Schema</c>, <c>Field.Name</c> or <c>[Column]</c>, an index name, and the constraint name a
/// <c>Check.Name</c> makes (<c>ck_&lt;table&gt;_&lt;name&gt;</c>). Names SchemaGen makes up itself are shortened
/// with a hash and never reported.
/// </summary>
public sealed class IdentifierTooLongAnalyzer : SchemaRuleAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public IdentifierTooLongAnalyzer()
        : base(Descriptors.IdentifierTooLong)
    {
    }

    private protected override void Analyze(RuleContext context)
    {
        var spec = context.Spec;
        var table = context.Entity.Model.Table;
        if (spec.ExplicitTable is { } explicitTable)
        {
            ReportTruncated(context, context.ClassLocation, "Table name", explicitTable);
        }

        if (spec.Schema is { } schema)
        {
            ReportTruncated(context, context.ClassLocation, "Schema name", schema);
        }

        foreach (var column in spec.Columns)
        {
            if (column.ExplicitName is { } name && TooLong(name) && context.Judges(column.PropertyName))
            {
                ReportTruncated(context, context.PropertyLocation(column.PropertyName), "Column name on '" + table + "'", name);
            }
        }

        foreach (var (_, index, attribute) in DeclaredAttributes.Indexes(context.Type, spec))
        {
            if (index.ExplicitName is { } name)
            {
                ReportTruncated(context, context.AttributeLocation(attribute), "Index name on '" + table + "'", name);
            }
        }

        var naming = context.Schema.Options.Naming;
        foreach (var (_, check, attribute) in DeclaredAttributes.Checks(context.Type, spec))
        {
            if (check.Name is not { } name)
            {
                continue;
            }

            var full = "CK_" + table + "_" + name;
            full = naming == NamingStyle.SnakeCase ? SnakeCase.Convert(full) : full;
            if (TooLong(full))
            {
                context.ReportAt(
                    Descriptors.IdentifierTooLong,
                    context.AttributeLocation(attribute),
                    null,
                    "Check constraint name on '" + table + "'",
                    full,
                    Bytes(full),
                    "SchemaGen has to shorten it to '" + Identifiers.Check(table, name, naming) + "', so the constraint is not called what its Name says");
            }
        }
    }

    private static void ReportTruncated(RuleContext context, Location location, string what, string name)
    {
        if (TooLong(name))
        {
            context.ReportAt(
                Descriptors.IdentifierTooLong,
                location,
                null,
                what,
                name,
                Bytes(name),
                "PostgreSQL would silently truncate it to '" + Truncate(name) + "', so the database name differs from the model and two such names can collide");
        }
    }

    private static bool TooLong(string name) => Encoding.UTF8.GetByteCount(name) > Identifiers.MaxBytes;

    private static string Bytes(string name) => Encoding.UTF8.GetByteCount(name).ToString(CultureInfo.InvariantCulture);

    /// <summary>The first 63 bytes, cut at a character boundary, as PostgreSQL cuts them.</summary>
    private static string Truncate(string name)
    {
        var used = 0;
        var builder = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var length = char.IsHighSurrogate(name[i]) && i + 1 < name.Length ? 2 : 1;
            var bytes = Encoding.UTF8.GetByteCount(name.ToCharArray(i, length));
            if (used + bytes > Identifiers.MaxBytes)
            {
                break;
            }

            builder.Append(name, i, length);
            used += bytes;
            i += length - 1;
        }

        return builder.ToString();
    }
}
