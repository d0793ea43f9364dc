using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG1002: a foreign key whose column leads no full (non-partial) index, unique field or primary key.
/// A partial index does not count: EF Core would take it as covering and drop its own FK index, yet it
/// only covers some rows.
/// </summary>
public sealed class UnindexedForeignKeyAnalyzer : SchemaRuleAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public UnindexedForeignKeyAnalyzer()
        : base(Descriptors.UnindexedForeignKey)
    {
    }

    private protected override void Analyze(RuleContext context)
    {
        var model = context.Entity.Model;
        foreach (var foreignKey in context.Entity.ForeignKeys)
        {
            var property = foreignKey.Column.PropertyName;
            var covered = foreignKey.Column.IsUnique
                || (model.Key is { } key && key.Properties[0] == property)
                || model.Indexes.Any(i => i.Filter is null && i.Properties[0] == property);
            if (covered)
            {
                continue;
            }

            var partial = model.Indexes.FirstOrDefault(i => i.Properties[0] == property);
            var note = partial is null
                ? string.Empty
                : " The partial index '" + partial.Name + "' does not count: it covers only the rows that match its filter.";
            context.ReportOnProperty(Descriptors.UnindexedForeignKey, property, model.Table, context.Directory.ColumnOf(foreignKey.Column), note);
        }
    }
}
