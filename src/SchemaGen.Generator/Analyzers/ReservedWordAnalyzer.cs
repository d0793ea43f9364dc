using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Naming;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG3001: a final table or column name (from the C# name or an explicit one) that is a PostgreSQL reserved word
/// (<see cref="ReservedWords"/>: <c>user</c>, <c>order</c>, <c>group</c>, ...). On the class for the table, on the
/// property for a column. No fix: only the developer can pick the new name.
/// </summary>
public sealed class ReservedWordAnalyzer : SchemaRuleAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public ReservedWordAnalyzer()
        : base(Descriptors.ReservedWord)
    {
    }

    private protected override void Analyze(RuleContext context)
    {
        var model = context.Entity.Model;
        if (ReservedWords.IsReserved(model.Table))
        {
            context.ReportOnClass(Descriptors.ReservedWord, "Table", model.Table, model.Table, "[Entity(Name = \"...\")]");
        }

        foreach (var column in model.Columns)
        {
            if (ReservedWords.IsReserved(column.ColumnName) && context.Judges(column.PropertyName))
            {
                context.ReportOnProperty(Descriptors.ReservedWord, column.PropertyName, "Column", model.Table + "." + column.ColumnName, column.ColumnName, "[Field(Name = \"...\")]");
            }
        }
    }
}
