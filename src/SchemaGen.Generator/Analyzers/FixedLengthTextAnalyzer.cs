using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Naming;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG3004: <c>ColumnType</c> <c>varchar(n)</c>, <c>character varying(n)</c>, <c>char(n)</c>, <c>character(n)</c>.
/// A length-less <c>varchar</c> is text already and is not flagged, nor is <c>char(n)</c> on a C# <c>char</c>
/// (Npgsql's own mapping of <c>char</c>). Fix: <c>text</c>, optionally with a check on <c>char_length</c>.
/// </summary>
public sealed class FixedLengthTextAnalyzer : ColumnTypeRuleBase
{
    /// <summary>Creates the analyzer.</summary>
    public FixedLengthTextAnalyzer()
        : base(
            Descriptors.FixedLengthText,
            names: new[]
            {
                "varchar", "character varying", "char varying", "char", "character", "bpchar", "nchar", "nvarchar",
                "national character", "national char", "national character varying", "national char varying",
            },
            replacement: "text",
            keepModifier: false,
            requireModifier: true)
    {
    }

    private protected override bool Applies(ColumnSpec column, IPropertySymbol? property)
        => property?.Type.SpecialType != SpecialType.System_Char;

    private protected override ImmutableDictionary<string, string?> AddProperties(
        ImmutableDictionary<string, string?> properties,
        RuleContext rule,
        ColumnSpec column,
        IPropertySymbol? property,
        PostgresTypeName type)
    {
        // A check constraint goes on the entity class, so the fix offers one only when the property is declared there.
        if (type.SingleIntegerModifier is { } length
            && string.IsNullOrEmpty(type.ArraySuffix)
            && property is not null
            && SymbolEqualityComparer.Default.Equals(property.ContainingType, rule.Type))
        {
            properties = properties
                .Add(FixProperties.SqlColumn, Sql.QuoteIdentifier(rule.Directory.ColumnOf(column)))
                .Add(FixProperties.Length, length.ToString(CultureInfo.InvariantCulture));
        }

        return properties;
    }
}
