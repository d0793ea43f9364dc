using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Generator.Parsing;

/// <summary>Small, allocation-light helpers over symbols and attribute data.</summary>
internal static class SymbolExtensions
{
    public static readonly SymbolDisplayFormat FullyQualified = SymbolDisplayFormat.FullyQualifiedFormat;

    /// <summary>Whether a namespace is exactly the dotted name (<c>"System.ComponentModel.DataAnnotations"</c>).</summary>
    public static bool IsNamespace(this INamespaceSymbol? symbol, string dotted)
    {
        var end = dotted.Length;
        while (symbol is { IsGlobalNamespace: false })
        {
            var start = dotted.LastIndexOf('.', end - 1) + 1;
            var length = end - start;
            if (length != symbol.Name.Length || string.CompareOrdinal(dotted, start, symbol.Name, 0, length) != 0)
            {
                return false;
            }

            symbol = symbol.ContainingNamespace;
            end = start - 1;
            if (end < 0)
            {
                return symbol is null or { IsGlobalNamespace: true };
            }
        }

        return false;
    }

    public static bool Is(this AttributeData attribute, string @namespace, string name)
        => attribute.AttributeClass is { } type && type.Name == name && type.ContainingNamespace.IsNamespace(@namespace);

    public static AttributeData? Find(this IEnumerable<AttributeData> attributes, string @namespace, string name)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Is(@namespace, name))
            {
                return attribute;
            }
        }

        return null;
    }

    public static bool HasAttribute(this ISymbol symbol, string @namespace, string name)
        => symbol.GetAttributes().Find(@namespace, name) is not null;

    /// <summary>
    /// The value of a scalar constant; null for an array (whose <c>Value</c> throws) and for one that does not
    /// compile. Every read of an attribute argument goes through here or <see cref="Strings"/>.
    /// </summary>
    public static object? ScalarValue(this TypedConstant constant)
        => constant.Kind is TypedConstantKind.Array or TypedConstantKind.Error ? null : constant.Value;

    /// <summary>A named argument's value, or null when it is absent or does not compile.</summary>
    public static TypedConstant? Named(this AttributeData attribute, string name)
    {
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key == name)
            {
                return pair.Value.Kind == TypedConstantKind.Error ? null : pair.Value;
            }
        }

        return null;
    }

    public static string? NamedString(this AttributeData attribute, string name)
        => attribute.Named(name)?.ScalarValue() as string;

    public static bool NamedBool(this AttributeData attribute, string name)
        => attribute.Named(name)?.ScalarValue() is true;

    public static bool? NamedBoolOrNull(this AttributeData attribute, string name)
        => attribute.Named(name)?.ScalarValue() is bool value ? value : null;

    public static int? NamedInt(this AttributeData attribute, string name)
        => attribute.Named(name)?.ScalarValue() is int value ? value : null;

    public static string? CtorString(this AttributeData attribute, int index)
        => attribute.ConstructorArguments.Length > index ? attribute.ConstructorArguments[index].ScalarValue() as string : null;

    /// <summary>The strings of an array argument, skipping elements that are not strings.</summary>
    public static List<string> Strings(this TypedConstant constant)
    {
        var list = new List<string>();
        if (constant.Kind == TypedConstantKind.Array)
        {
            if (!constant.IsNull)
            {
                foreach (var item in constant.Values)
                {
                    if (item.ScalarValue() is string text)
                    {
                        list.Add(text);
                    }
                }
            }
        }
        else if (constant.ScalarValue() is string single)
        {
            list.Add(single);
        }

        return list;
    }

    /// <summary>Whether the type or one of its base types declares a member of that name.</summary>
    public static bool HasMemberNamed(this INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers(name).Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the type and every type it is nested in are public.</summary>
    public static bool IsPublicThroughout(this INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }
}
