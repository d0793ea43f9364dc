using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Parsing;
using TypeKind = SchemaGen.Generator.Model.TypeKind;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG3012: a SQL Server style <c>byte[]</c> row version: <c>[Timestamp] byte[]</c>, or <c>[ConcurrencyCheck] byte[]</c>
/// named like one (<c>RowVersion</c>, <c>Version</c>, <c>Timestamp</c>, <c>ETag</c>). PostgreSQL has no rowversion
/// type, so nothing ever sets the column. Fix: <c>[Timestamp] uint</c>, which Npgsql maps to the <c>xmin</c> system
/// column. An app-managed <c>[ConcurrencyCheck]</c> token with another name (<c>ConcurrencyStamp</c>) is not flagged.
/// </summary>
public sealed class ByteArrayRowVersionAnalyzer : SchemaRuleAnalyzer
{
    private const string TimestampAttribute = "TimestampAttribute";
    private const string ConcurrencyCheckAttribute = "ConcurrencyCheckAttribute";

    /// <summary>Creates the analyzer.</summary>
    public ByteArrayRowVersionAnalyzer()
        : base(Descriptors.ByteArrayRowVersion)
    {
    }

    private protected override void Analyze(RuleContext context)
    {
        foreach (var column in context.Spec.Columns)
        {
            if (column.Type.Kind != TypeKind.ByteArray || context.FindProperty(column.PropertyName) is not { } property)
            {
                continue;
            }

            var attributes = property.GetAttributes();
            var rowVersion = attributes.Find(KnownNames.DataAnnotations, TimestampAttribute) is not null
                || (attributes.Find(KnownNames.DataAnnotations, ConcurrencyCheckAttribute) is not null && LooksLikeRowVersion(column.PropertyName));
            if (rowVersion && context.Judges(column.PropertyName))
            {
                context.ReportOnProperty(
                    Descriptors.ByteArrayRowVersion,
                    column.PropertyName,
                    context.Entity.Model.Table + "." + context.Directory.ColumnOf(column),
                    column.PropertyName);
            }
        }
    }

    private static bool LooksLikeRowVersion(string name)
        => NameWords.Split(name).Any(word => word is "version" or "rowversion" or "timestamp" or "etag");
}
