using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Naming;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG3010: an explicit table name (<c>[Entity(Name = ...)]</c>, EF's <c>[Table]</c>) or column name
/// (<c>[Field(Name = ...)]</c>, EF's <c>[Column]</c>) that is not snake_case. Names SchemaGen derives itself are
/// never flagged: they follow the naming option. With <c>SchemaGenNaming=none</c> an explicit name that is exactly
/// the C# name is not flagged either: it is what that option gives anyway, and the project chose C# names.
/// The suggestion (for the fix) is <see cref="SnakeCase.Convert"/> of the explicit name, when that is snake_case.
/// </summary>
public sealed class NotSnakeCaseAnalyzer : SchemaRuleAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public NotSnakeCaseAnalyzer()
        : base(Descriptors.NotSnakeCase)
    {
    }

    private protected override void Analyze(RuleContext context)
    {
        var spec = context.Spec;
        var naming = context.Schema.Options.Naming;
        if (spec.ExplicitTable is { Length: > 0 } table && IsFlagged(table, spec.ClassName, naming, out var tableSuggestion))
        {
            context.Report(Descriptors.NotSnakeCase, ProblemTarget.Class, string.Empty, tableSuggestion, "Table", table, table, Advice(tableSuggestion));
        }

        foreach (var column in spec.Columns)
        {
            if (column.ExplicitName is { Length: > 0 } name
                && IsFlagged(name, column.PropertyName, naming, out var suggestion)
                && context.Judges(column.PropertyName))
            {
                context.Report(Descriptors.NotSnakeCase, ProblemTarget.Property, column.PropertyName, suggestion, "Column", context.Entity.Model.Table + "." + name, name, Advice(suggestion));
            }
        }
    }

    private static bool IsFlagged(string name, string csharpName, NamingStyle naming, out string? suggestion)
    {
        suggestion = null;
        if (SnakeCase.IsSnakeCase(name) || (naming == NamingStyle.None && name == csharpName))
        {
            return false;
        }

        var converted = SnakeCase.Convert(name);
        suggestion = SnakeCase.IsSnakeCase(converted) ? converted : null;
        return true;
    }

    private static string Advice(string? suggestion)
        => suggestion is null ? "Use lower-case letters, digits and single underscores." : "Name it '" + suggestion + "'.";
}
