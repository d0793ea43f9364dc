using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG3007: an index that another index (or the primary key, which is a unique index) makes redundant:
/// <list type="bullet">
/// <item>an exact duplicate: same columns in the same order, same predicate, same method, covering columns no wider,
/// and uniqueness no stronger than the other's;</item>
/// <item>a non-unique B-tree index whose columns are a left prefix of another B-tree index with the same predicate
/// (<c>(author_id)</c> beside <c>(author_id, created_at)</c>).</item>
/// </list>
/// A unique index is never redundant with a longer one: it enforces something the longer one does not. Of two exact
/// duplicates the later declaration is reported, and the primary key never is. The diagnostic sits on the
/// <c>[TableIndex]</c> or EF <c>[Index]</c> attribute that declares the redundant index, or on the property whose
/// <c>[Field(Index = true)]</c>/<c>Unique = true</c> does.
/// </summary>
public sealed class RedundantIndexAnalyzer : SourceRuleAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public RedundantIndexAnalyzer()
        : base(Descriptors.RedundantIndex)
    {
    }

    private protected override void Analyze(RuleContext rule, SourceReporter reporter)
    {
        var declared = Declarations(rule);
        if (declared is null)
        {
            return;
        }

        var candidates = new List<Shape>();
        if (rule.Entity.Model.Key is { } key)
        {
            candidates.Add(new Shape(key.Name, key.Properties, IsUnique: true, Filter: null, "btree", EquatableArray<string>.Empty, NullsDistinct: true, IsKey: true, Order: -1));
        }

        for (var i = 0; i < declared.Count; i++)
        {
            var index = declared[i].Model;
            candidates.Add(new Shape(
                index.Name,
                index.Properties,
                index.IsUnique,
                Normalize(index.Filter),
                string.IsNullOrWhiteSpace(index.Method) ? "btree" : index.Method!.Trim().ToLowerInvariant(),
                index.IncludeProperties,
                index.NullsDistinct ?? true,
                IsKey: false,
                Order: i));
        }

        foreach (var redundant in candidates.Where(c => !c.IsKey && (declared[c.Order].Attribute is not null || declared[c.Order].Column is not null)))
        {
            var cover = candidates.FirstOrDefault(other => !ReferenceEquals(other, redundant)
                && Covers(other, redundant)
                && (!Covers(redundant, other) || other.Order < redundant.Order));
            if (cover is null)
            {
                continue;
            }

            Report(rule, reporter, declared[redundant.Order], redundant, cover);
        }
    }

    /// <summary>Whether <paramref name="cover"/> serves every lookup <paramref name="index"/> serves and enforces what it enforces.</summary>
    private static bool Covers(Shape cover, Shape index)
    {
        if (cover.Method != index.Method
            || !string.Equals(cover.Filter, index.Filter, StringComparison.Ordinal)
            || index.Properties.Count > cover.Properties.Count)
        {
            return false;
        }

        for (var i = 0; i < index.Properties.Count; i++)
        {
            if (index.Properties[i] != cover.Properties[i])
            {
                return false;
            }
        }

        var exact = index.Properties.Count == cover.Properties.Count;
        if (!exact && (index.IsUnique || index.Method != "btree"))
        {
            // Uniqueness over fewer columns is a stronger rule; only a B-tree serves a left prefix of its columns.
            return false;
        }

        if (index.IsUnique && !(cover.IsUnique && (cover.IsKey || cover.NullsDistinct == index.NullsDistinct || !cover.NullsDistinct)))
        {
            return false;
        }

        return index.IncludeProperties.All(p => cover.Properties.Contains(p) || cover.IncludeProperties.Contains(p));
    }

    private static void Report(RuleContext rule, SourceReporter reporter, Declaration declaration, Shape redundant, Shape cover)
    {
        var reason = cover.IsKey
            ? "the primary key '" + cover.Name + "' (" + Columns(rule, cover) + ") already covers it"
            : redundant.Properties.Count == cover.Properties.Count
                ? "it duplicates '" + cover.Name + "' (" + Columns(rule, cover) + ")"
                : "its columns (" + Columns(rule, redundant) + ") lead '" + cover.Name + "' (" + Columns(rule, cover) + "), which serves the same lookups";

        Location location;
        string origin;
        string remedy;
        if (declaration.Attribute is { } attribute)
        {
            location = rule.AttributeLocation(attribute);
            var isTableIndex = declaration.Spec.Origin == IndexOrigin.TableIndex;
            origin = isTableIndex ? FixProperties.RedundantTableIndex : FixProperties.RedundantEfIndex;
            remedy = isTableIndex ? "remove this [TableIndex]" : "remove this [Index]";
        }
        else
        {
            var column = declaration.Column!;
            location = rule.PropertyLocation(column.PropertyName);
            origin = FixProperties.RedundantField;
            var arguments = column.IsUnique && column.IsIndexed ? "Unique = true and Index = true"
                : column.IsUnique ? "Unique = true"
                : "Index = true";
            remedy = "remove " + arguments + " from its [Field]";
        }

        reporter.Report(
            Descriptors.RedundantIndex,
            location,
            additionalLocations: null,
            ImmutableDictionary<string, string?>.Empty.Add(FixProperties.RedundantOrigin, origin),
            redundant.Name,
            rule.Entity.Model.Table,
            reason,
            remedy);
    }

    /// <summary>
    /// Each resolved index (<see cref="EntityModel.Indexes"/>) with the declaration it came from: the resolver keeps
    /// the parser's order and drops the indexes it cannot resolve, so the two lists are walked side by side and
    /// checked column by column. Null when they disagree: better no diagnostic than one on the wrong attribute.
    /// </summary>
    private static List<Declaration>? Declarations(RuleContext rule)
    {
        var spec = rule.Spec;
        var models = rule.Entity.Model.Indexes;
        var attributes = DeclaredAttributes.Indexes(rule.Type, spec).ToDictionary(pair => pair.SpecIndex, pair => pair.Attribute);
        var directory = rule.Directory;
        var declarations = new List<Declaration>();
        var next = 0;
        for (var i = 0; i < spec.Indexes.Count; i++)
        {
            var index = spec.Indexes[i];
            var columns = index.Columns.Select(c => directory.FindColumn(spec, c)).ToList();
            if (columns.Count == 0 || columns.Any(c => c is null) || index.Include.Any(c => directory.FindColumn(spec, c) is null))
            {
                continue;
            }

            if (next >= models.Count || !models[next].Properties.SequenceEqual(columns.Select(c => c!.PropertyName)))
            {
                return null;
            }

            AttributeData? attribute = null;
            if (index.Origin != IndexOrigin.Field && !attributes.TryGetValue(i, out attribute))
            {
                return null;
            }

            // A [Field] index on a property inherited from a base class exists in every entity that inherits it, and
            // what is redundant in one table need not be in another: such an index is never reported (Column null).
            var field = index.Origin == IndexOrigin.Field && rule.FindProperty(columns[0]!.PropertyName) is { } property
                && SymbolEqualityComparer.Default.Equals(property.ContainingType, rule.Type)
                    ? columns[0]
                    : null;
            declarations.Add(new Declaration(models[next], index, attribute, field));
            next++;
        }

        return next == models.Count ? declarations : null;
    }

    /// <summary>A predicate with its white space collapsed, so <c>deleted_at IS NULL</c> and <c>deleted_at  IS NULL</c> compare equal.</summary>
    private static string? Normalize(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return null;
        }

        var builder = new StringBuilder(filter!.Length);
        foreach (var part in filter.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(part);
        }

        return builder.ToString();
    }

    private static string Columns(RuleContext rule, Shape shape)
    {
        var spec = rule.Spec;
        var directory = rule.Directory;
        return string.Join(", ", shape.Properties.Select(p => spec.Columns.FirstOrDefault(c => c.PropertyName == p) is { } column ? directory.ColumnOf(column) : p));
    }

    private sealed record Declaration(IndexModel Model, IndexSpec Spec, AttributeData? Attribute, ColumnSpec? Column);

    private sealed record Shape(
        string Name,
        EquatableArray<string> Properties,
        bool IsUnique,
        string? Filter,
        string Method,
        EquatableArray<string> IncludeProperties,
        bool NullsDistinct,
        bool IsKey,
        int Order);
}
