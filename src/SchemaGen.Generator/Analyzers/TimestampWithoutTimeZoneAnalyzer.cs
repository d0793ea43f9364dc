using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG3002: <c>ColumnType</c> <c>timestamp</c> / <c>timestamp without time zone</c> (with or without a precision).
/// Fix: <c>timestamptz</c>, keeping the precision.
/// </summary>
public sealed class TimestampWithoutTimeZoneAnalyzer : ColumnTypeRuleBase
{
    /// <summary>Creates the analyzer.</summary>
    public TimestampWithoutTimeZoneAnalyzer()
        : base(
            Descriptors.TimestampWithoutTimeZone,
            names: new[] { "timestamp", "timestamp without time zone" },
            replacement: "timestamptz",
            keepModifier: true,
            requireModifier: false)
    {
    }
}
