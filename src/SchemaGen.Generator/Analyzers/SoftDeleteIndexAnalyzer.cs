using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using TypeKind = SchemaGen.Generator.Model.TypeKind;
using SchemaGen.Generator.Naming;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG1006: on a <c>[SoftDelete]</c> entity, a unique <c>[TableIndex]</c> or EF <c>[Index]</c> that is not partial on
/// <c>deleted_at IS NULL</c> (a deleted row would block a new one with the same value), or no partial index for
/// active rows at all. A <c>[Field(Unique = true)]</c> is made partial by the generator and always passes.
/// </summary>
public sealed class SoftDeleteIndexAnalyzer : SchemaRuleAnalyzer
{
    /// <summary>Diagnostic property: the predicate over the real <c>DeletedAt</c> column (<c>deleted_at IS NULL</c>).</summary>
    public const string PredicateKey = "Predicate";

    /// <summary>Diagnostic property (table without a partial index): the name for a new one.</summary>
    public const string IndexNameKey = "IndexName";

    /// <summary>Diagnostic property (table without a partial index): the key properties to index, comma-separated.</summary>
    public const string KeyPropertiesKey = "KeyProperties";

    /// <summary>Creates the analyzer.</summary>
    public SoftDeleteIndexAnalyzer()
        : base(Descriptors.SoftDeleteUniqueIndex)
    {
    }

    private protected override void Analyze(RuleContext context)
    {
        var spec = context.Spec;
        var deletedAt = spec.Columns.FirstOrDefault(c => c.PropertyName == "DeletedAt" && c.Type.IsNullable && c.Type.Kind is TypeKind.DateTime or TypeKind.DateTimeOffset);
        if (!spec.SoftDelete || deletedAt is null)
        {
            // Without a nullable DeletedAt there is no predicate to write: SG2008 says so.
            return;
        }

        var table = context.Entity.Model.Table;
        var column = context.Directory.ColumnOf(deletedAt);
        var predicate = Sql.QuoteIdentifier(column) + " IS NULL";
        var properties = ImmutableDictionary<string, string?>.Empty.Add(PredicateKey, predicate);
        var reported = false;
        foreach (var (_, index, attribute) in DeclaredAttributes.Indexes(context.Type, spec))
        {
            if (!index.IsUnique || SqlFragments.KeepsToActiveRows(index.Where, column))
            {
                continue;
            }

            reported = true;
            if (index.Origin == IndexOrigin.TableIndex)
            {
                var advice = index.Where is null
                    ? "Add Where = \"" + predicate + "\"."
                    : "Add \"AND " + predicate + "\" to its Where.";
                context.ReportAt(
                    Descriptors.SoftDeleteUniqueIndex,
                    context.AttributeLocation(attribute),
                    properties,
                    "Unique index '" + index.ExplicitName + "' on soft-deleted table '" + table + "' also counts deleted rows, so a deleted row blocks a new one with the same value. " + advice);
            }
            else
            {
                context.ReportAt(
                    Descriptors.SoftDeleteUniqueIndex,
                    context.AttributeLocation(attribute),
                    null,
                    "Unique [Index] over (" + string.Join(", ", index.Columns) + ") on soft-deleted table '" + table + "' also counts deleted rows, so a deleted row blocks a new one with the same value. EF Core's [Index] cannot be partial: replace it with [TableIndex(\"<name>\", ..., Unique = true, Where = \"" + predicate + "\")].");
            }
        }

        var model = context.Entity.Model;
        if (reported || model.Indexes.Any(i => SqlFragments.KeepsToActiveRows(i.Filter, column)))
        {
            return;
        }

        var indexName = Identifiers.Index(table, new[] { "active" }, context.Schema.Options.Naming);
        if (model.Key is { } key && !model.Indexes.Any(i => i.Name == indexName))
        {
            properties = properties
                .Add(IndexNameKey, indexName)
                .Add(KeyPropertiesKey, string.Join(",", key.Properties));
        }

        context.ReportAt(
            Descriptors.SoftDeleteUniqueIndex,
            context.ClassLocation,
            properties,
            "Soft-deleted table '" + table + "' has no partial index for active rows, yet every query filters on " + predicate + ". Add [TableIndex(\"" + indexName + "\", ..., Where = \"" + predicate + "\")] over the columns active rows are looked up by, or a [Field(Unique = true)], which is partial on its own.");
    }
}
