using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Model;
using TypeKind = SchemaGen.Generator.Model.TypeKind;

namespace SchemaGen.Generator.Parsing;

/// <summary>Reduces a property type to a <see cref="TypeRef"/>, and finds entity element types of navigations.</summary>
internal static class TypeClassifier
{
    public static TypeRef Classify(ITypeSymbol type)
    {
        var nullable = type.NullableAnnotation == NullableAnnotation.Annotated;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapper)
        {
            type = wrapper.TypeArguments[0];
            nullable = true;
        }

        var unannotated = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        return new TypeRef(unannotated.ToDisplayString(SymbolExtensions.FullyQualified), KindOf(type), nullable);
    }

    public static TypeKind KindOf(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_String: return TypeKind.String;
            case SpecialType.System_Int16: return TypeKind.Int16;
            case SpecialType.System_Int32: return TypeKind.Int32;
            case SpecialType.System_Int64: return TypeKind.Int64;
            case SpecialType.System_Decimal: return TypeKind.Decimal;
            case SpecialType.System_Single: return TypeKind.Single;
            case SpecialType.System_Double: return TypeKind.Double;
            case SpecialType.System_Boolean: return TypeKind.Boolean;
            case SpecialType.System_DateTime: return TypeKind.DateTime;
        }

        if (type.TypeKind == Microsoft.CodeAnalysis.TypeKind.Enum)
        {
            return TypeKind.Enum;
        }

        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType.SpecialType == SpecialType.System_Byte ? TypeKind.ByteArray : TypeKind.Collection;
        }

        if (type.ContainingNamespace.IsNamespace("System"))
        {
            switch (type.Name)
            {
                case "Guid": return TypeKind.Guid;
                case "DateTimeOffset": return TypeKind.DateTimeOffset;
                case "DateOnly": return TypeKind.DateOnly;
                case "TimeOnly": return TypeKind.TimeOnly;
                case "TimeSpan": return TypeKind.TimeSpan;
            }
        }

        if (type.ContainingNamespace.IsNamespace("System.Text.Json") && type.Name is "JsonDocument" or "JsonElement")
        {
            return TypeKind.Json;
        }

        if (ElementType(type) is not null)
        {
            return TypeKind.Collection;
        }

        return TypeKind.Other;
    }

    /// <summary>The <c>T</c> of a type that is or implements <c>IEnumerable&lt;T&gt;</c> (never for string or byte[]).</summary>
    public static ITypeSymbol? ElementType(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_String)
        {
            return null;
        }

        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        if (IsEnumerableOfT(type))
        {
            return ((INamedTypeSymbol)type).TypeArguments[0];
        }

        foreach (var candidate in type.AllInterfaces)
        {
            if (IsEnumerableOfT(candidate))
            {
                return candidate.TypeArguments[0];
            }
        }

        return null;
    }

    private static bool IsEnumerableOfT(ITypeSymbol type)
        => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T };
}
