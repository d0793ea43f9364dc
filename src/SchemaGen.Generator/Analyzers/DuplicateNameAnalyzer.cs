using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG2006: two tables, or two indexes, in one schema with one name (tables and indexes share a namespace in
/// PostgreSQL, and a primary key creates an index of its name), or two constraints of one table with one
/// name. The names of the whole compilation are collected once (<see cref="SchemaCompilation.Names"/>);
/// each entity reports its own side of a clash.
/// </summary>
public sealed class DuplicateNameAnalyzer : SchemaRuleAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public DuplicateNameAnalyzer()
        : base(Descriptors.DuplicateName)
    {
    }

    private protected override void Analyze(RuleContext context)
    {
        var conflicts = context.Schema.Names(context.CancellationToken).ConflictsOf(context.Spec.FullyQualifiedName);
        if (conflicts.Count == 0)
        {
            return;
        }

        var indexes = DeclaredAttributes.Indexes(context.Type, context.Spec);
        var checks = DeclaredAttributes.Checks(context.Type, context.Spec);
        foreach (var (own, other) in conflicts)
        {
            var location = own.Origin switch
            {
                NameOrigin.Property => context.PropertyLocation(own.Member),
                NameOrigin.Index => indexes.Where(p => p.SpecIndex == own.Ordinal).Select(p => context.AttributeLocation(p.Attribute)).FirstOrDefault() ?? context.ClassLocation,
                NameOrigin.Check => checks.Where(p => p.SpecIndex == own.Ordinal).Select(p => context.AttributeLocation(p.Attribute)).FirstOrDefault() ?? context.ClassLocation,
                _ => context.ClassLocation,
            };

            context.ReportAt(Descriptors.DuplicateName, location, null, own.KindText, own.Name, Describe(own, other), own.Schema);
        }
    }

    private static string Describe(NameEntry own, NameEntry other)
    {
        if (other.Kind == NameKind.Table)
        {
            return "the table of '" + Display(other.EntityFullName) + "'";
        }

        return own.EntityFullName == other.EntityFullName
            ? "another " + other.KindText + " of '" + other.Table + "'"
            : "the " + other.KindText + " of '" + other.Table + "' (" + Display(other.EntityFullName) + ")";
    }

    private static string Display(string fullyQualifiedName)
        => fullyQualifiedName.StartsWith("global::", System.StringComparison.Ordinal) ? fullyQualifiedName.Substring(8) : fullyQualifiedName;
}
