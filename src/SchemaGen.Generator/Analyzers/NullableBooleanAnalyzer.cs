using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using TypeKind = SchemaGen.Generator.Model.TypeKind;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG3009: a <c>bool?</c> column, a three-state boolean. Not a JSON value (<c>Jsonb = true</c> is SG2007's), not a
/// collection of <c>bool?</c>. No fix: whether NULL should become false, true or an enum member is the developer's call.
/// </summary>
public sealed class NullableBooleanAnalyzer : SchemaRuleAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public NullableBooleanAnalyzer()
        : base(Descriptors.NullableBoolean)
    {
    }

    private protected override void Analyze(RuleContext context)
    {
        foreach (var column in context.Spec.Columns)
        {
            if (column is { Type: { Kind: TypeKind.Boolean, IsNullable: true }, Jsonb: false } && context.Judges(column.PropertyName))
            {
                context.ReportOnProperty(Descriptors.NullableBoolean, column.PropertyName, context.Entity.Model.Table, context.Directory.ColumnOf(column));
            }
        }
    }
}
