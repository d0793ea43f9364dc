using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Naming;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Analyzers;

/// <summary>What a database name belongs to.</summary>
internal enum NameKind
{
    Table,
    PrimaryKey,
    Index,
    ForeignKey,
    Check,
}

/// <summary>Where the declaration behind a name sits, for the diagnostic's location.</summary>
internal enum NameOrigin
{
    /// <summary>The class (table, primary key).</summary>
    Class,

    /// <summary>A property (<c>Field.Index</c>/<c>Unique</c>, a foreign key); <see cref="NameEntry.Member"/> names it.</summary>
    Property,

    /// <summary>A <c>[TableIndex]</c> or EF <c>[Index]</c>; <see cref="NameEntry.Ordinal"/> is its place in <see cref="EntitySpec.Indexes"/>.</summary>
    Index,

    /// <summary>A <c>[Check]</c>; <see cref="NameEntry.Ordinal"/> is its place in <see cref="EntitySpec.Checks"/>.</summary>
    Check,
}

/// <summary>One name the schema creates.</summary>
internal sealed record NameEntry(
    string EntityFullName,
    string Schema,
    string Table,
    NameKind Kind,
    string Name,
    bool IsExplicit,
    NameOrigin Origin,
    string Member,
    int Ordinal)
{
    public string KindText => Kind switch
    {
        NameKind.Table => "table",
        NameKind.PrimaryKey => "primary key",
        NameKind.Index => "index",
        NameKind.ForeignKey => "foreign key",
        _ => "check constraint",
    };
}

/// <summary>
/// Every table, index and constraint name of a compilation, and the clashes PostgreSQL would refuse (SG2006),
/// computed once per compilation. Tables and indexes share one namespace per schema (an index is a relation,
/// and a primary key creates an index of its name); primary-key, foreign-key and check constraint names need
/// to be unique per table.
/// </summary>
internal sealed class NameRegistry
{
    private static readonly IReadOnlyList<(NameEntry Own, NameEntry Other)> None = Array.Empty<(NameEntry, NameEntry)>();

    private readonly Dictionary<string, List<(NameEntry Own, NameEntry Other)>> _conflicts;

    private NameRegistry(Dictionary<string, List<(NameEntry Own, NameEntry Other)>> conflicts) => _conflicts = conflicts;

    /// <summary>The schema an entity without <c>Schema</c> lands in (the default search path).</summary>
    public const string DefaultSchema = "public";

    /// <summary>The clashes of an entity's own names, each with the name it clashes with.</summary>
    public IReadOnlyList<(NameEntry Own, NameEntry Other)> ConflictsOf(string entityFullName)
        => _conflicts.TryGetValue(entityFullName, out var list) ? list : None;

    public static NameRegistry Build(SchemaDirectory directory, CancellationToken cancellationToken)
    {
        var scopes = new Dictionary<string, List<NameEntry>>(StringComparer.Ordinal);
        foreach (var entity in directory.Entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (entry, scopeKeys) in EntriesOf(directory, entity, cancellationToken))
            {
                foreach (var scope in scopeKeys)
                {
                    var key = scope + "\0" + entry.Name;
                    if (!scopes.TryGetValue(key, out var list))
                    {
                        scopes[key] = list = new List<NameEntry>();
                    }

                    list.Add(entry);
                }
            }
        }

        var conflicts = new Dictionary<string, List<(NameEntry, NameEntry)>>(StringComparer.Ordinal);
        var seen = new HashSet<(NameEntry, NameEntry)>();
        foreach (var group in scopes.Values.Where(g => g.Count > 1))
        {
            foreach (var own in group)
            {
                foreach (var other in group)
                {
                    if (ReferenceEquals(own, other) || !Clash(own, other) || !seen.Add((own, other)))
                    {
                        continue;
                    }

                    if (!conflicts.TryGetValue(own.EntityFullName, out var list))
                    {
                        conflicts[own.EntityFullName] = list = new List<(NameEntry, NameEntry)>();
                    }

                    list.Add((own, other));
                }
            }
        }

        return new NameRegistry(conflicts);
    }

    /// <summary>
    /// Two declarations with one name that the user should hear about. Two generated names of one entity only
    /// meet when two declarations index the same columns (SG3007's business, not a naming mistake); two
    /// entities on one table already clash as tables.
    /// </summary>
    private static bool Clash(NameEntry own, NameEntry other)
    {
        var sameEntity = own.EntityFullName == other.EntityFullName;
        if (sameEntity && !own.IsExplicit && !other.IsExplicit)
        {
            return false;
        }

        var sameTable = own.Schema == other.Schema && own.Table == other.Table;
        return sameEntity || !sameTable || (own.Kind == NameKind.Table && other.Kind == NameKind.Table);
    }

    private static IEnumerable<(NameEntry Entry, string[] Scopes)> EntriesOf(SchemaDirectory directory, EntitySpec entity, CancellationToken cancellationToken)
    {
        var naming = directory.Naming;
        var schema = entity.Schema is { Length: > 0 } explicitSchema ? explicitSchema : DefaultSchema;
        var table = directory.TableOf(entity);
        var relations = "relation:" + schema;
        var constraints = "constraint:" + schema + "." + table;
        NameEntry Entry(NameKind kind, string name, bool isExplicit, NameOrigin origin, string member = "", int ordinal = -1)
            => new(entity.FullyQualifiedName, schema, table, kind, name, isExplicit, origin, member, ordinal);

        yield return (Entry(NameKind.Table, table, entity.ExplicitTable is not null, NameOrigin.Class), new[] { relations });

        if (entity.Columns.Any(c => c.IsPrimaryKey))
        {
            yield return (Entry(NameKind.PrimaryKey, Identifiers.PrimaryKey(table, naming), false, NameOrigin.Class), new[] { relations, constraints });
        }

        for (var i = 0; i < entity.Indexes.Count; i++)
        {
            var index = entity.Indexes[i];
            var name = IndexName(directory, entity, table, index);
            if (name is null)
            {
                continue;
            }

            var isExplicit = index.ExplicitName is { Length: > 0 };
            yield return index.Origin == IndexOrigin.Field
                ? (Entry(NameKind.Index, name, isExplicit, NameOrigin.Property, index.Columns[0]), new[] { relations })
                : (Entry(NameKind.Index, name, isExplicit, NameOrigin.Index, ordinal: i), new[] { relations });
        }

        foreach (var relationship in directory.Resolve(entity, cancellationToken).Model.Relationships)
        {
            if (relationship.ForeignKeyProperties.Count > 0)
            {
                yield return (Entry(NameKind.ForeignKey, relationship.ConstraintName, false, NameOrigin.Property, relationship.ForeignKeyProperties[0]), new[] { constraints });
            }
        }

        for (var i = 0; i < entity.Checks.Count; i++)
        {
            var check = entity.Checks[i];
            var name = Identifiers.Check(table, check.Name ?? (i + 1).ToString(CultureInfo.InvariantCulture), naming);
            yield return (Entry(NameKind.Check, name, check.Name is not null, NameOrigin.Check, ordinal: i), new[] { constraints });
        }
    }

    /// <summary>The name the generator gives an index (as the resolver does), or null when a column does not resolve.</summary>
    private static string? IndexName(SchemaDirectory directory, EntitySpec entity, string table, IndexSpec index)
    {
        if (index.ExplicitName is { Length: > 0 } explicitName)
        {
            return explicitName;
        }

        var columns = new List<string>();
        foreach (var written in index.Columns)
        {
            if (directory.FindColumn(entity, written) is not { } column)
            {
                return null;
            }

            columns.Add(directory.ColumnOf(column));
        }

        return columns.Count == 0 ? null : Identifiers.Index(table, columns, directory.Naming);
    }
}
