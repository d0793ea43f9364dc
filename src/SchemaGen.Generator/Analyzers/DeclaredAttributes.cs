using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// Pairs what the parser read from class-level attributes (<see cref="EntitySpec.Indexes"/>,
/// <see cref="EntitySpec.Checks"/>) with the attribute it came from, so a rule can report on the attribute.
/// The parser reads them in attribute order; each pair is checked against the attribute's own arguments.
/// </summary>
internal static class DeclaredAttributes
{
    /// <summary>A <c>[TableIndex]</c> or EF <c>[Index]</c> and its position in <see cref="EntitySpec.Indexes"/>.</summary>
    public static List<(int SpecIndex, IndexSpec Spec, AttributeData Attribute)> Indexes(INamedTypeSymbol type, EntitySpec spec)
    {
        var attributes = type.GetAttributes()
            .Where(a => a.Is(KnownNames.SchemaGenNamespace, KnownNames.TableIndex) || a.Is(KnownNames.EfCore, KnownNames.EfIndex))
            .ToList();
        var pairs = new List<(int, IndexSpec, AttributeData)>();
        var next = 0;
        for (var i = 0; i < spec.Indexes.Count && next < attributes.Count; i++)
        {
            var index = spec.Indexes[i];
            if (index.Origin == IndexOrigin.Field)
            {
                continue;
            }

            var attribute = attributes[next];
            var isTableIndex = attribute.Is(KnownNames.SchemaGenNamespace, KnownNames.TableIndex);
            var matches = isTableIndex
                ? index.Origin == IndexOrigin.TableIndex && index.ExplicitName == attribute.CtorString(0)
                : index.Origin == IndexOrigin.EfIndexAttribute && index.ExplicitName == attribute.NamedString("Name");
            if (!matches)
            {
                // The parser and this pairing disagree on order: report nothing rather than the wrong attribute.
                return new List<(int, IndexSpec, AttributeData)>();
            }

            pairs.Add((i, index, attribute));
            next++;
        }

        return pairs;
    }

    /// <summary>A <c>[Check]</c> and its position in <see cref="EntitySpec.Checks"/> (and in the model's checks).</summary>
    public static List<(int SpecIndex, CheckSpec Spec, AttributeData Attribute)> Checks(INamedTypeSymbol type, EntitySpec spec)
    {
        var attributes = type.GetAttributes()
            .Where(a => a.Is(KnownNames.SchemaGenNamespace, KnownNames.Check) && a.CtorString(0) is not null)
            .ToList();
        var pairs = new List<(int, CheckSpec, AttributeData)>();
        for (var i = 0; i < spec.Checks.Count && i < attributes.Count; i++)
        {
            if (spec.Checks[i].Sql != attributes[i].CtorString(0))
            {
                return new List<(int, CheckSpec, AttributeData)>();
            }

            pairs.Add((i, spec.Checks[i], attributes[i]));
        }

        return pairs;
    }
}
