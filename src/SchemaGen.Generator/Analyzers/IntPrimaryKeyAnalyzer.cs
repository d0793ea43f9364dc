using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing;
using TypeKind = SchemaGen.Generator.Model.TypeKind;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG3006: a single-column <c>int</c> (or <c>short</c>) primary key. A composite key (a link table's foreign keys)
/// is not flagged, nor is a key that is itself a foreign key (its type follows the key it references, which is
/// flagged instead). The diagnostic sits on the key property; its additional locations are the
/// <c>[Field(ForeignKey = ...)]</c> properties of the same type that reference the key, which the fix widens too,
/// so that no SG2002 follows. A key declared on a shared base class is reported once, with the foreign keys that
/// reference any entity inheriting it.
/// </summary>
public sealed class IntPrimaryKeyAnalyzer : SourceRuleAnalyzer
{
    private static readonly ConditionalWeakTable<SchemaDirectory, Lazy<ILookup<string, Reference>>> References = new();

    /// <summary>Creates the analyzer.</summary>
    public IntPrimaryKeyAnalyzer()
        : base(Descriptors.IntPrimaryKey)
    {
    }

    private protected override void Analyze(RuleContext rule, SourceReporter reporter)
    {
        var keys = rule.Spec.Columns.Where(c => c.IsPrimaryKey).ToList();
        if (keys.Count != 1
            || keys[0] is not { ForeignKey: null, Jsonb: false } key
            || key.Type.Kind is not (TypeKind.Int32 or TypeKind.Int16)
            || rule.FindProperty(key.PropertyName) is not { } property
            || !rule.Judges(key.PropertyName))
        {
            return;
        }

        var directory = rule.Directory;
        var references = ReferencesTo(directory);
        IEnumerable<Reference> referencing;
        if (SymbolEqualityComparer.Default.Equals(property.ContainingType, rule.Type))
        {
            referencing = references[Target(rule.Spec.FullyQualifiedName, key.PropertyName)];
        }
        else
        {
            // A base class's key: the foreign keys to every entity that inherits this very property.
            referencing = references
                .Where(group => group.First().PrincipalProperty == key.PropertyName
                    && FindType(reporter, group.First().Principal) is { } principal
                    && SymbolEqualityComparer.Default.Equals(FindProperty(principal, key.PropertyName), property))
                .SelectMany(group => group);
        }

        var locations = new List<Location>();
        foreach (var reference in referencing)
        {
            if (reference.Column.Type.Kind == key.Type.Kind
                && FindType(reporter, reference.Dependent) is { } dependent
                && FindProperty(dependent, reference.Column.PropertyName)?.Locations.FirstOrDefault(l => l.IsInSource) is { } location
                && !locations.Contains(location))
            {
                locations.Add(location);
            }
        }

        reporter.Report(
            Descriptors.IntPrimaryKey,
            rule.PropertyLocation(key.PropertyName),
            locations,
            properties: null,
            rule.Entity.Model.Table,
            directory.ColumnOf(key),
            key.Type.Kind == TypeKind.Int16 ? "a short (smallint)" : "an int (integer)",
            key.Type.Kind == TypeKind.Int16 ? "32,767" : "2,147,483,647");
    }

    private static string Target(string principal, string property) => principal + "." + property;

    /// <summary>Every resolved foreign key of the compilation, by principal type and key property; built once per compilation.</summary>
    private static ILookup<string, Reference> ReferencesTo(SchemaDirectory directory)
        => References.GetValue(directory, d => new Lazy<ILookup<string, Reference>>(() => d.Entities
            .SelectMany(entity => d.Resolve(entity).ForeignKeys.Select(fk => new Reference(entity, fk.Column, fk.Principal, fk.PrincipalColumn.PropertyName)))
            .ToLookup(r => Target(r.Principal.FullyQualifiedName, r.PrincipalProperty), StringComparer.Ordinal))).Value;

    private static INamedTypeSymbol? FindType(SourceReporter reporter, EntitySpec entity)
    {
        foreach (var symbol in reporter.Compilation.GetSymbolsWithName(entity.ClassName, SymbolFilter.Type, reporter.CancellationToken))
        {
            if (symbol is INamedTypeSymbol type && type.ToDisplayString(SymbolExtensions.FullyQualified) == entity.FullyQualifiedName)
            {
                return type;
            }
        }

        return null;
    }

    private static IPropertySymbol? FindProperty(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault(p => !p.IsStatic) is { } property)
            {
                return property;
            }
        }

        return null;
    }

    private sealed record Reference(EntitySpec Dependent, ColumnSpec Column, EntitySpec Principal, string PrincipalProperty);
}
