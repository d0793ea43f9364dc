using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;

namespace SchemaGen.Generator.Analyzers;

/// <summary>SG3003: <c>ColumnType</c> <c>json</c> (or <c>json[]</c>). Fix: <c>jsonb</c>.</summary>
public sealed class JsonColumnTypeAnalyzer : ColumnTypeRuleBase
{
    /// <summary>Creates the analyzer.</summary>
    public JsonColumnTypeAnalyzer()
        : base(
            Descriptors.JsonColumnType,
            names: new[] { "json" },
            replacement: "jsonb",
            keepModifier: false,
            requireModifier: false)
    {
    }
}
