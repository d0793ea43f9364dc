using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Naming;

namespace SchemaGen.Generator.Analyzers;

/// <summary>SG1003: a plural table name, from the class name or <c>Entity.Name</c> (<c>Users</c>, <c>categories</c>, <c>people</c>).</summary>
public sealed class PluralTableNameAnalyzer : SchemaRuleAnalyzer
{
    /// <summary>Diagnostic property: the singular table name, for <c>[Entity(Name = ...)]</c>.</summary>
    public const string SingularTableKey = "SingularTable";

    /// <summary>Diagnostic property: the singular class name, when the plural comes from the class name.</summary>
    public const string SingularClassKey = "SingularClass";

    /// <summary>Creates the analyzer.</summary>
    public PluralTableNameAnalyzer()
        : base(Descriptors.PluralTableName)
    {
    }

    private protected override void Analyze(RuleContext context)
    {
        var spec = context.Spec;
        var table = context.Entity.Model.Table;
        if (spec.ExplicitTable is { } explicitName)
        {
            if (Inflection.SingularOfName(explicitName) is { } singularTable)
            {
                context.ReportAt(
                    Descriptors.PluralTableName,
                    context.ClassLocation,
                    ImmutableDictionary<string, string?>.Empty.Add(SingularTableKey, singularTable),
                    table,
                    singularTable,
                    "Set [Entity(Name = \"" + singularTable + "\")].");
            }

            return;
        }

        if (Inflection.SingularOfName(spec.ClassName) is { } singularClass)
        {
            var singularTable = Identifiers.Table(singularClass, context.Schema.Options.Naming);
            context.ReportAt(
                Descriptors.PluralTableName,
                context.ClassLocation,
                ImmutableDictionary<string, string?>.Empty.Add(SingularTableKey, singularTable).Add(SingularClassKey, singularClass),
                table,
                singularTable,
                "Rename the class to '" + singularClass + "', or set [Entity(Name = \"" + singularTable + "\")].");
        }
    }
}
