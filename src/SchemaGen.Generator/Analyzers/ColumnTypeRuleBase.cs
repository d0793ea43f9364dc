using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Naming;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// The shape of the <c>ColumnType</c> rules (SG3002 timestamp, SG3003 json, SG3004 varchar(n)/char(n), SG3005 serial):
/// each is one row of data, the PostgreSQL type names it flags and what replaces them. The column type comes from
/// <c>[Field(ColumnType = ...)]</c> or EF Core's <c>[Column(TypeName = ...)]</c>, and is normalised before it is
/// compared (<see cref="PostgresTypeName"/>): <c>"TIMESTAMP(3) Without Time Zone"</c> is a timestamp.
/// The diagnostic sits on the property's name and carries the new type in <see cref="FixProperties.ColumnType"/>
/// (empty: remove the argument), which one code fix applies for all four rules.
/// </summary>
public abstract class ColumnTypeRuleBase : SourceRuleAnalyzer
{
    private readonly DiagnosticDescriptor _descriptor;
    private readonly HashSet<string> _names;
    private readonly string? _replacement;
    private readonly bool _keepModifier;
    private readonly bool _requireModifier;

    /// <param name="descriptor">The rule.</param>
    /// <param name="names">Normalised type names the rule flags (<see cref="PostgresTypeName.Name"/>).</param>
    /// <param name="replacement">The base type to use instead, or null to remove <c>ColumnType</c>.</param>
    /// <param name="keepModifier">Whether the replacement keeps the modifier (<c>timestamp(3)</c> -&gt; <c>timestamptz(3)</c>).</param>
    /// <param name="requireModifier">Whether only a type with a modifier is flagged (<c>varchar(20)</c>, not <c>varchar</c>).</param>
    private protected ColumnTypeRuleBase(DiagnosticDescriptor descriptor, string[] names, string? replacement, bool keepModifier, bool requireModifier)
        : base(descriptor)
    {
        _descriptor = descriptor;
        _names = new HashSet<string>(names, StringComparer.Ordinal);
        _replacement = replacement;
        _keepModifier = keepModifier;
        _requireModifier = requireModifier;
    }

    private protected sealed override void Analyze(RuleContext rule, SourceReporter reporter)
    {
        foreach (var column in rule.Spec.Columns)
        {
            if (column.ColumnType is not { Length: > 0 } written)
            {
                continue;
            }

            var type = PostgresTypeName.Parse(written);
            if (!_names.Contains(type.Name) || (_requireModifier && !type.HasModifier))
            {
                continue;
            }

            var property = rule.FindProperty(column.PropertyName);
            if (!rule.Judges(column.PropertyName) || !Applies(column, property))
            {
                continue;
            }

            var replacement = _replacement is null ? string.Empty : type.WithName(_replacement, _keepModifier);
            var properties = ImmutableDictionary<string, string?>.Empty.Add(FixProperties.ColumnType, replacement);
            properties = AddProperties(properties, rule, column, property, type);
            reporter.Report(
                _descriptor,
                rule.PropertyLocation(column.PropertyName),
                additionalLocations: null,
                properties,
                rule.Entity.Model.Table,
                rule.Directory.ColumnOf(column),
                written,
                Advice(rule, column, property, replacement));
        }
    }

    /// <summary>Whether a flagged type is a problem for this column (default: always).</summary>
    private protected virtual bool Applies(ColumnSpec column, IPropertySymbol? property) => true;

    /// <summary>Message argument <c>{3}</c>: by default the replacement type.</summary>
    private protected virtual string Advice(RuleContext rule, ColumnSpec column, IPropertySymbol? property, string replacement) => replacement;

    /// <summary>More properties for the code fix (default: none).</summary>
    private protected virtual ImmutableDictionary<string, string?> AddProperties(
        ImmutableDictionary<string, string?> properties,
        RuleContext rule,
        ColumnSpec column,
        IPropertySymbol? property,
        PostgresTypeName type)
        => properties;
}
