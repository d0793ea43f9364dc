using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// The classes of one compilation that rules look up by symbol: the <c>[Entity]</c> classes, their base
/// classes, and the timestamp base classes an entity could inherit from. Built once per compilation by
/// <see cref="SchemaCompilation"/>.
/// </summary>
internal sealed class EntityTypeIndex
{
    private readonly Dictionary<INamedTypeSymbol, INamedTypeSymbol> _firstDerived;

    private EntityTypeIndex(Dictionary<INamedTypeSymbol, INamedTypeSymbol> firstDerived, IReadOnlyList<INamedTypeSymbol> timestampBases)
    {
        _firstDerived = firstDerived;
        TimestampBases = timestampBases;
    }

    public IReadOnlyList<INamedTypeSymbol> TimestampBases { get; }

    public INamedTypeSymbol? FirstDerivingFrom(INamedTypeSymbol baseType)
        => _firstDerived.TryGetValue(baseType.OriginalDefinition, out var entity) ? entity : null;

    public static EntityTypeIndex Build(IReadOnlyList<INamedTypeSymbol> classes, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var entities = new HashSet<INamedTypeSymbol>(
            classes.Where(c => c.HasAttribute(KnownNames.SchemaGenNamespace, KnownNames.Entity)),
            SymbolEqualityComparer.Default);

        var firstDerived = new Dictionary<INamedTypeSymbol, INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var entity in entities.OrderBy(e => e.ToDisplayString(SymbolExtensions.FullyQualified), StringComparer.Ordinal))
        {
            for (var baseType = entity.BaseType; baseType is not null && baseType.SpecialType != SpecialType.System_Object; baseType = baseType.BaseType)
            {
                var key = baseType.OriginalDefinition;
                if (!firstDerived.ContainsKey(key))
                {
                    firstDerived.Add(key, entity);
                }
            }
        }

        var timestampBases = classes
            .Where(c => !entities.Contains(c) && IsTimestampBase(c, entities))
            .OrderBy(c => c.Name.IndexOf("Timestamp", StringComparison.OrdinalIgnoreCase) >= 0 ? 0 : 1)
            .ThenBy(c => c.ToDisplayString(SymbolExtensions.FullyQualified), StringComparer.Ordinal)
            .ToList();

        return new EntityTypeIndex(firstDerived, timestampBases);
    }

    /// <summary>
    /// A class an entity can simply inherit from to get both timestamps: not sealed, static or generic,
    /// constructible without arguments, derived from no entity, mapping <c>CreatedAt</c> and <c>UpdatedAt</c>.
    /// </summary>
    private static bool IsTimestampBase(INamedTypeSymbol type, HashSet<INamedTypeSymbol> entities)
    {
        if (type.IsSealed || type.IsStatic || type.IsGenericType || (type.ContainingType is not null && type.ContainingType.IsGenericType))
        {
            return false;
        }

        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (entities.Contains(current.OriginalDefinition))
            {
                return false;
            }
        }

        if (!type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility is not Accessibility.Private))
        {
            return false;
        }

        var created = false;
        var updated = false;
        foreach (var property in SchemaParser.MappedProperties(type))
        {
            var kind = TypeClassifier.Classify(property.Type).Kind;
            if (kind is Model.TypeKind.DateTime or Model.TypeKind.DateTimeOffset)
            {
                created |= property.Name == "CreatedAt";
                updated |= property.Name == "UpdatedAt";
            }
        }

        return created && updated;
    }
}
