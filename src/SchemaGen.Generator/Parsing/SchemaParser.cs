using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Model;
using static SchemaGen.Generator.Parsing.KnownNames;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// The one parser: reads an <c>[Entity]</c> class (its attributes, EF Core's own attributes and EF's
/// conventions) into an <see cref="EntitySpec"/>. The generator calls it inside its transform; the analyzers
/// call it per compilation. It never throws on bad input: what it cannot read it leaves out.
/// </summary>
internal static class SchemaParser
{
    /// <summary>Parses a class, or returns null when it cannot be mapped at all (generic, or not reachable from its namespace).</summary>
    public static EntitySpec? Parse(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (!IsMappable(type))
        {
            return null;
        }

        var entity = type.GetAttributes().Find(SchemaGenNamespace, Entity);
        if (entity is null)
        {
            return null;
        }

        var classAttributes = type.GetAttributes();
        var efTable = classAttributes.Find(DataAnnotationsSchema, Table);
        var explicitTable = entity.NamedString("Name") ?? efTable?.CtorString(0);
        var schema = entity.NamedString("Schema") ?? efTable?.NamedString("Schema");

        var columns = new List<ColumnSpec>();
        var navigations = new List<NavigationSpec>();
        var keyFields = new List<string>();
        var keyAttributes = new List<string>();
        foreach (var property in MappedProperties(type))
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReadProperty(property, columns, navigations, keyFields, keyAttributes);
        }

        var keySource = KeySource.Field;
        var keys = keyFields;
        if (keys.Count == 0)
        {
            keySource = KeySource.KeyAttribute;
            keys = keyAttributes;
        }

        if (keys.Count == 0)
        {
            keySource = KeySource.Convention;
            keys = ConventionKey(type.Name, columns);
        }

        if (keys.Count == 0)
        {
            keySource = KeySource.None;
        }

        for (var i = 0; i < columns.Count; i++)
        {
            if (keys.Contains(columns[i].PropertyName) && !columns[i].IsPrimaryKey)
            {
                columns[i] = columns[i] with { IsPrimaryKey = true };
            }
        }

        var indexes = new List<IndexSpec>();
        var checks = new List<CheckSpec>();
        foreach (var column in columns)
        {
            if (column.IsUnique || column.IsIndexed)
            {
                indexes.Add(new IndexSpec(null, new[] { column.PropertyName }.ToEquatableArray(), column.IsUnique, null, null, EquatableArray<string>.Empty, null, IndexOrigin.Field));
            }
        }

        foreach (var attribute in classAttributes)
        {
            if (attribute.Is(SchemaGenNamespace, TableIndex))
            {
                indexes.Add(ReadTableIndex(attribute));
            }
            else if (attribute.Is(EfCore, EfIndex))
            {
                indexes.Add(ReadEfIndex(attribute));
            }
            else if (attribute.Is(SchemaGenNamespace, Check) && attribute.CtorString(0) is { } sql)
            {
                checks.Add(new CheckSpec(sql, attribute.NamedString("Name")));
            }
        }

        return new EntitySpec(
            FullyQualifiedName: type.ToDisplayString(SymbolExtensions.FullyQualified),
            ClassName: type.Name,
            Namespace: type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty,
            ConfigurationClassName: ConfigurationName(type),
            IsPublic: type.IsPublicThroughout(),
            ExplicitTable: explicitTable,
            Schema: schema,
            Comment: entity.NamedString("Comment"),
            KeySource: keySource,
            Columns: columns.ToEquatableArray(),
            Navigations: navigations.ToEquatableArray(),
            Indexes: indexes.ToEquatableArray(),
            Checks: checks.ToEquatableArray(),
            SoftDelete: classAttributes.Find(SchemaGenNamespace, SoftDelete) is not null);
    }

    private static void ReadProperty(
        IPropertySymbol property,
        List<ColumnSpec> columns,
        List<NavigationSpec> navigations,
        List<string> keyFields,
        List<string> keyAttributes)
    {
        var attributes = property.GetAttributes();
        var field = attributes.Find(SchemaGenNamespace, Field);
        var relationship = attributes.Find(SchemaGenNamespace, Relationship);
        var type = property.Type;

        ITypeSymbol? target = null;
        var isCollection = false;
        if (field is null || relationship is not null)
        {
            target = EntityTarget(type, out isCollection);
        }

        if (target is not null || relationship is not null)
        {
            if (target is null)
            {
                // [Relationship] on a type that is no entity: keep it, so the rules can say so.
                var element = TypeClassifier.ElementType(type);
                isCollection = element is not null;
                target = element ?? type;
            }

            navigations.Add(new NavigationSpec(
                property.Name,
                target.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolExtensions.FullyQualified),
                isCollection,
                relationship?.NamedString("BackPopulates"),
                relationship?.Named("LinkModel")?.ScalarValue() is ITypeSymbol link ? link.ToDisplayString(SymbolExtensions.FullyQualified) : null,
                relationship?.NamedString("ForeignKey")));
            return;
        }

        var typeRef = TypeClassifier.Classify(type);
        var column = attributes.Find(DataAnnotationsSchema, Column);
        var jsonb = field?.NamedBool("Jsonb") ?? false;
        var explicitlyMapped = field is not null || column is not null || attributes.Find(DataAnnotations, Key) is not null;
        if (typeRef.Kind == Model.TypeKind.Other && !type.IsValueType && !explicitlyMapped && !jsonb)
        {
            // A class EF Core would treat as an entity or complex type of its own: not a column we configure.
            return;
        }

        if (field?.NamedBool("PrimaryKey") == true)
        {
            keyFields.Add(property.Name);
        }

        if (attributes.Find(DataAnnotations, Key) is not null)
        {
            keyAttributes.Add(property.Name);
        }

        var maxLength = field?.NamedInt("MaxLength") is > 0 and var fieldMax ? fieldMax
            : FirstInt(attributes.Find(DataAnnotations, MaxLength)) ?? FirstInt(attributes.Find(DataAnnotations, StringLength));

        columns.Add(new ColumnSpec(
            PropertyName: property.Name,
            ExplicitName: field?.NamedString("Name") ?? column?.CtorString(0),
            Type: typeRef,
            IsPrimaryKey: false,
            IsUnique: field?.NamedBool("Unique") ?? false,
            IsIndexed: field?.NamedBool("Index") ?? false,
            ForeignKey: field?.NamedString("ForeignKey"),
            OnDelete: field?.Named("OnDelete")?.ScalarValue() is int action && Enum.IsDefined(typeof(OnDeleteAction), action) ? (OnDeleteAction)action : null,
            ColumnType: field?.NamedString("ColumnType") ?? column?.NamedString("TypeName"),
            Jsonb: jsonb,
            MaxLength: maxLength,
            DefaultSql: field?.NamedString("DefaultSql"),
            Sensitive: field?.NamedBool("Sensitive") ?? false,
            Comment: field?.NamedString("Comment"),
            HasFieldAttribute: field is not null,
            IsRowVersion: attributes.Find(DataAnnotations, Timestamp) is not null));
    }

    private static int? FirstInt(AttributeData? attribute)
        => attribute is { ConstructorArguments.Length: > 0 } && attribute.ConstructorArguments[0].ScalarValue() is int value && value > 0 ? value : null;

    /// <summary>The entity class a navigation points at (itself or its element type), if it is an <c>[Entity]</c>.</summary>
    private static ITypeSymbol? EntityTarget(ITypeSymbol type, out bool isCollection)
    {
        isCollection = false;
        if (IsEntity(type))
        {
            return type;
        }

        if (TypeClassifier.ElementType(type) is { } element && IsEntity(element))
        {
            isCollection = true;
            return element;
        }

        return null;
    }

    private static bool IsEntity(ITypeSymbol type)
        => type is INamedTypeSymbol { TypeKind: Microsoft.CodeAnalysis.TypeKind.Class } named && named.HasAttribute(SchemaGenNamespace, Entity);

    private static IndexSpec ReadTableIndex(AttributeData attribute)
    {
        var columns = attribute.ConstructorArguments.Length > 1 ? attribute.ConstructorArguments[1].Strings() : new List<string>();
        return new IndexSpec(
            ExplicitName: attribute.CtorString(0),
            Columns: columns.ToEquatableArray(),
            IsUnique: attribute.NamedBool("Unique"),
            Where: attribute.NamedString("Where"),
            Method: attribute.NamedString("Method"),
            Include: (attribute.Named("Include") is { } include ? include.Strings() : new List<string>()).ToEquatableArray(),
            NullsDistinct: attribute.NamedBoolOrNull("NullsDistinct"),
            Origin: IndexOrigin.TableIndex);
    }

    private static IndexSpec ReadEfIndex(AttributeData attribute)
    {
        var columns = new List<string>();
        foreach (var argument in attribute.ConstructorArguments)
        {
            columns.AddRange(argument.Strings());
        }

        return new IndexSpec(
            ExplicitName: attribute.NamedString("Name"),
            Columns: columns.ToEquatableArray(),
            IsUnique: attribute.NamedBool("IsUnique"),
            Where: null,
            Method: null,
            Include: EquatableArray<string>.Empty,
            NullsDistinct: null,
            Origin: IndexOrigin.EfIndexAttribute);
    }

    private static List<string> ConventionKey(string className, List<ColumnSpec> columns)
    {
        foreach (var candidate in new[] { "Id", className + "Id" })
        {
            foreach (var column in columns)
            {
                if (string.Equals(column.PropertyName, candidate, StringComparison.OrdinalIgnoreCase))
                {
                    return new List<string> { column.PropertyName };
                }
            }
        }

        return new List<string>();
    }

    /// <summary>
    /// Instance properties EF Core maps, base class first: public ones with a getter and a setter, and any
    /// that carry a SchemaGen or EF attribute; never <c>[NotMapped]</c>. A derived declaration hides a base one.
    /// </summary>
    internal static IEnumerable<IPropertySymbol> MappedProperties(INamedTypeSymbol type)
    {
        var levels = new List<List<IPropertySymbol>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            var level = new List<IPropertySymbol>();
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null } property
                    && seen.Add(property.Name)
                    && IsMapped(property))
                {
                    level.Add(property);
                }
            }

            levels.Add(level);
        }

        for (var i = levels.Count - 1; i >= 0; i--)
        {
            foreach (var property in levels[i])
            {
                yield return property;
            }
        }
    }

    private static bool IsMapped(IPropertySymbol property)
    {
        var annotated = false;
        foreach (var attribute in property.GetAttributes())
        {
            if (attribute.Is(DataAnnotationsSchema, NotMapped))
            {
                return false;
            }

            annotated |= attribute.Is(SchemaGenNamespace, Field)
                || attribute.Is(SchemaGenNamespace, Relationship)
                || attribute.Is(DataAnnotations, Key)
                || attribute.Is(DataAnnotationsSchema, Column);
        }

        return annotated || (property.DeclaredAccessibility == Accessibility.Public && property.SetMethod is not null);
    }

    /// <summary>
    /// Whether EF Core can map the class and generated code can name it: a non-static, non-generic class,
    /// reachable from its namespace (no private or protected nesting).
    /// </summary>
    internal static bool IsMappable(INamedTypeSymbol type)
        => type.TypeKind == Microsoft.CodeAnalysis.TypeKind.Class && !type.IsStatic && IsReachable(type);

    private static bool IsReachable(INamedTypeSymbol type)
    {
        for (ISymbol? current = type; current is INamedTypeSymbol named; current = named.ContainingType)
        {
            if (named.IsGenericType || named.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    private static string ConfigurationName(INamedTypeSymbol type)
    {
        var name = type.Name;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.Name + "_" + name;
        }

        return name + "SchemaGenConfiguration";
    }
}
