using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Parsing;
using TypeKind = SchemaGen.Generator.Model.TypeKind;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG2007: <c>Jsonb = true</c> on a scalar: a number, <c>bool</c>, <c>char</c>, a date or time type, <c>Guid</c>,
/// an enum or <c>byte[]</c>. Strings (JSON text), <c>JsonDocument</c>/<c>JsonElement</c>, classes, structs with
/// members, collections and dictionaries are JSON documents.
/// </summary>
public sealed class JsonbTypeAnalyzer : SchemaRuleAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public JsonbTypeAnalyzer()
        : base(Descriptors.JsonbNotJson)
    {
    }

    private protected override void Analyze(RuleContext context)
    {
        foreach (var column in context.Spec.Columns)
        {
            if (!column.Jsonb || !context.Judges(column.PropertyName) || context.FindProperty(column.PropertyName) is not { } property)
            {
                continue;
            }

            if (IsScalar(column.Type.Kind, property.Type))
            {
                context.ReportAt(
                    Descriptors.JsonbNotJson,
                    context.PropertyLocation(column.PropertyName),
                    null,
                    context.Entity.Model.Table,
                    context.Directory.ColumnOf(column),
                    property.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat));
            }
        }
    }

    private static bool IsScalar(TypeKind kind, ITypeSymbol type)
    {
        switch (kind)
        {
            case TypeKind.String:
            case TypeKind.Json:
            case TypeKind.Collection:
                return false;
            case TypeKind.Other:
                break;
            default:
                return true;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Byte:
            case SpecialType.System_SByte:
            case SpecialType.System_UInt16:
            case SpecialType.System_UInt32:
            case SpecialType.System_UInt64:
            case SpecialType.System_Char:
            case SpecialType.System_IntPtr:
            case SpecialType.System_UIntPtr:
                return true;
        }

        return (type.ContainingNamespace.IsNamespace("System") && type.Name is "Half" or "Int128" or "UInt128")
            || (type.ContainingNamespace.IsNamespace("System.Numerics") && type.Name == "BigInteger")
            || (type.ContainingNamespace.IsNamespace("System.Net") && type.Name == "IPAddress");
    }
}
