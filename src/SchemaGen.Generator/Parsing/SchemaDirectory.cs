using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Naming;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// All entities of a compilation, with final names, for resolving references between them
/// (<c>ForeignKey = "user.id"</c>, navigations, link models). Built once per generator run from the
/// collected specs, and once per compilation by the analyzers.
/// </summary>
internal sealed class SchemaDirectory
{
    private readonly Dictionary<string, EntitySpec> _byType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<EntitySpec>> _byClassName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<EntitySpec>> _byTable = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<EntitySpec>> _byTableIgnoringCase = new(StringComparer.OrdinalIgnoreCase);

    public SchemaDirectory(IEnumerable<EntitySpec> entities, NamingStyle naming)
    {
        Naming = naming;
        foreach (var entity in entities.OrderBy(e => e.FullyQualifiedName, StringComparer.Ordinal))
        {
            if (_byType.ContainsKey(entity.FullyQualifiedName))
            {
                continue;
            }

            _byType.Add(entity.FullyQualifiedName, entity);
            Add(_byClassName, entity.ClassName, entity);
            foreach (var name in entity.Schema is { Length: > 0 } schema ? new[] { TableOf(entity), schema + "." + TableOf(entity) } : new[] { TableOf(entity) })
            {
                Add(_byTable, name, entity);
                Add(_byTableIgnoringCase, name, entity);
            }
        }
    }

    public NamingStyle Naming { get; }

    private static readonly object SharedGate = new();
    private static (ImmutableArray<EntitySpec> Specs, NamingStyle Naming, SchemaDirectory Directory)? _shared;

    /// <summary>
    /// One directory for all the entities of one generator run: every entity's resolve step receives the
    /// same collected array (compared by reference), so the directory is built once per run, not once per
    /// entity. It holds only specs, never symbols.
    /// </summary>
    public static SchemaDirectory Shared(ImmutableArray<EntitySpec> specs, NamingStyle naming)
    {
        lock (SharedGate)
        {
            if (_shared is { } cached && cached.Specs == specs && cached.Naming == naming)
            {
                return cached.Directory;
            }

            var directory = new SchemaDirectory(specs, naming);
            _shared = (specs, naming, directory);
            return directory;
        }
    }

    public IEnumerable<EntitySpec> Entities => _byType.Values;

    public EntitySpec? ByType(string fullyQualifiedName)
        => _byType.TryGetValue(fullyQualifiedName, out var entity) ? entity : null;

    public string TableOf(EntitySpec entity) => entity.ExplicitTable ?? Identifiers.Table(entity.ClassName, Naming);

    public string ColumnOf(ColumnSpec column) => column.ExplicitName ?? Identifiers.Column(column.PropertyName, Naming);

    /// <summary>Resolves one entity against the others: final names, foreign keys, indexes, and what went wrong.</summary>
    public ResolvedEntity Resolve(EntitySpec entity, CancellationToken cancellationToken = default)
    {
        var problems = new List<Problem>();
        var table = TableOf(entity);

        var foreignKeys = new List<ResolvedForeignKey>();
        foreach (var column in entity.Columns)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (column.ForeignKey is { } reference)
            {
                var resolved = ResolveReference(entity, column, reference, problems);
                if (resolved is not null)
                {
                    foreignKeys.Add(resolved);
                }
            }
        }

        var indexes = new List<IndexModel>();
        foreach (var index in entity.Indexes)
        {
            if (ResolveIndex(entity, table, index, problems) is { } resolvedIndex)
            {
                indexes.Add(resolvedIndex);
            }
        }

        var relationships = foreignKeys
            .Where(fk => fk.TypesMatch)
            .Select(fk => Relationship(entity, table, fk, foreignKeys))
            .ToList();

        var checks = entity.Checks
            .Select((check, i) => new CheckModel(Identifiers.Check(table, check.Name ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Naming), check.Sql))
            .ToList();

        var keyProperties = entity.Columns.Where(c => c.IsPrimaryKey).Select(c => c.PropertyName).ToList();
        var key = keyProperties.Count == 0 ? null : new KeyModel(keyProperties.ToEquatableArray(), Identifiers.PrimaryKey(table, Naming));

        var foreignKeyProperties = new HashSet<string>(foreignKeys.Select(fk => fk.Column.PropertyName), StringComparer.Ordinal);
        var uniqueProperties = new HashSet<string>(indexes.Where(i => i.IsUnique && i.Properties.Count == 1).Select(i => i.Properties[0]), StringComparer.Ordinal);
        var softDelete = entity.SoftDelete ? Timestamp(entity, "DeletedAt", nullable: true) : null;
        var columns = entity.Columns
            .Select(c => Column(c, softDelete, foreignKeyProperties.Contains(c.PropertyName), uniqueProperties.Contains(c.PropertyName)))
            .ToEquatableArray();

        var model = new EntityModel(
            HintName: HintName(entity.FullyQualifiedName),
            Namespace: entity.Namespace,
            ConfigurationClassName: entity.ConfigurationClassName,
            FullyQualifiedName: entity.FullyQualifiedName,
            IsPublic: entity.IsPublic,
            Table: table,
            Schema: entity.Schema,
            Comment: entity.Comment,
            Key: key,
            Columns: columns,
            Relationships: relationships.ToEquatableArray(),
            ManyToMany: ManyToMany(entity).ToEquatableArray(),
            Indexes: indexes.ToEquatableArray(),
            Checks: checks.ToEquatableArray(),
            SoftDelete: softDelete,
            CreatedAt: Timestamp(entity, "CreatedAt", nullable: false),
            UpdatedAt: Timestamp(entity, "UpdatedAt", nullable: false));

        return new ResolvedEntity(entity, model, foreignKeys, problems);
    }

    private ResolvedForeignKey? ResolveReference(EntitySpec entity, ColumnSpec column, string reference, List<Problem> problems)
    {
        var dot = reference.LastIndexOf('.');
        if (dot <= 0 || dot == reference.Length - 1)
        {
            problems.Add(Problem.OnProperty(
                DiagnosticIds.UnresolvedForeignKey,
                column.PropertyName,
                reference,
                entity.ClassName + "." + column.PropertyName,
                "write it as \"table.column\" (\"user.id\") or \"Class.Property\" (nameof(User) + \".\" + nameof(User.Id))"));
            return null;
        }

        var owner = reference.Substring(0, dot);
        var member = reference.Substring(dot + 1);
        var principal = FindOwner(entity, owner);
        if (principal is null)
        {
            // Suggest in the form the user wrote: table names for "usr.id", class names for "Usr.Id".
            var closest = Suggest.Closest(owner, IsDatabaseForm(owner) ? _byTable.Keys : _byClassName.Keys);
            problems.Add(Problem.OnProperty(
                DiagnosticIds.UnresolvedForeignKey,
                column.PropertyName,
                reference,
                entity.ClassName + "." + column.PropertyName,
                "no entity class or table is called '" + owner + "'" + (closest is null ? string.Empty : "; did you mean '" + closest + "'?")) with { Suggestion = closest is null ? null : closest + "." + member });
            return null;
        }

        var target = FindColumn(principal, member)
            ?? principal.Columns.FirstOrDefault(c => string.Equals(ColumnOf(c), member, StringComparison.OrdinalIgnoreCase));
        if (target is null)
        {
            var closest = Suggest.Closest(member, principal.Columns.Select(c => IsDatabaseForm(member) ? ColumnOf(c) : c.PropertyName));
            problems.Add(Problem.OnProperty(
                DiagnosticIds.UnresolvedForeignKey,
                column.PropertyName,
                reference,
                entity.ClassName + "." + column.PropertyName,
                "'" + owner + "' has no column '" + member + "'" + (closest is null ? string.Empty : "; did you mean '" + closest + "'?")) with { Suggestion = closest is null ? null : owner + "." + closest });
            return null;
        }

        var typesMatch = target.Type.FullyQualifiedName == column.Type.FullyQualifiedName;
        if (!typesMatch)
        {
            problems.Add(Problem.OnProperty(
                DiagnosticIds.ForeignKeyTypeMismatch,
                column.PropertyName,
                TableOf(entity) + "." + ColumnOf(column),
                Display(column.Type.FullyQualifiedName),
                TableOf(principal) + "." + ColumnOf(target),
                Display(target.Type.FullyQualifiedName)) with { Suggestion = target.Type.FullyQualifiedName });
        }

        return new ResolvedForeignKey(column, principal, target, typesMatch);
    }

    private EntitySpec? FindOwner(EntitySpec entity, string owner)
    {
        // C# form first ("User.Id"), then the database form ("user.id", "auth.user.id").
        if (_byClassName.TryGetValue(owner, out var byClass))
        {
            return Prefer(entity, byClass);
        }

        // PostgreSQL folds unquoted names to lower case, so "user.id" also finds a table named "User".
        return _byTable.TryGetValue(owner, out var byTable) ? Prefer(entity, byTable)
            : _byTableIgnoringCase.TryGetValue(owner, out var ignoringCase) ? Prefer(entity, ignoringCase)
            : null;
    }

    /// <summary>Among same-named candidates, the one in the entity's own namespace wins.</summary>
    private static EntitySpec Prefer(EntitySpec entity, List<EntitySpec> candidates)
        => candidates.FirstOrDefault(c => c.Namespace == entity.Namespace) ?? candidates[0];

    private RelationshipModel Relationship(EntitySpec entity, string table, ResolvedForeignKey fk, List<ResolvedForeignKey> all)
    {
        var principal = fk.Principal;
        var sameTarget = all.Count(other => other.Principal.FullyQualifiedName == principal.FullyQualifiedName);

        var references = entity.Navigations
            .Where(n => !n.IsCollection && n.LinkModelMetadataName is null && n.TargetMetadataName == principal.FullyQualifiedName)
            .ToList();
        var navigation = references.FirstOrDefault(n => (n.ForeignKeyProperty ?? n.PropertyName + "Id") == fk.Column.PropertyName)
            ?? (sameTarget == 1 && references.Count == 1 && references[0].ForeignKeyProperty is null ? references[0] : null);

        var inverses = principal.Navigations
            .Where(n => n.LinkModelMetadataName is null && n.TargetMetadataName == entity.FullyQualifiedName && n != navigation)
            .ToList();
        NavigationSpec? inverse;
        if (navigation?.BackPopulates is { } back)
        {
            inverse = inverses.FirstOrDefault(n => n.PropertyName == back);
        }
        else
        {
            inverse = (navigation is null ? null : inverses.FirstOrDefault(n => n.BackPopulates == navigation.PropertyName))
                ?? inverses.FirstOrDefault(n => n.ForeignKeyProperty == fk.Column.PropertyName)
                ?? (sameTarget == 1 && navigation is null && inverses.Count == 1 && inverses[0].BackPopulates is null && inverses[0].ForeignKeyProperty is null ? inverses[0] : null);
        }

        var required = !fk.Column.Type.IsNullable;
        var behavior = fk.Column.OnDelete switch
        {
            OnDeleteAction.NoAction => "NoAction",
            OnDeleteAction.Restrict => "Restrict",
            OnDeleteAction.Cascade => "Cascade",
            OnDeleteAction.SetNull => "SetNull",
            _ => required ? "Cascade" : "ClientSetNull",
        };

        return new RelationshipModel(
            PrincipalType: principal.FullyQualifiedName,
            Navigation: navigation?.PropertyName,
            InverseNavigation: inverse?.PropertyName,
            InverseIsCollection: inverse?.IsCollection ?? true,
            ForeignKeyProperties: new[] { fk.Column.PropertyName }.ToEquatableArray(),
            PrincipalKeyProperties: new[] { fk.PrincipalColumn.PropertyName }.ToEquatableArray(),
            ConstraintName: Identifiers.ForeignKey(table, TableOf(principal), new[] { ColumnOf(fk.Column) }, Naming),
            DeleteBehavior: behavior,
            IsRequired: required,
            PrincipalTable: TableOf(principal));
    }

    private IndexModel? ResolveIndex(EntitySpec entity, string table, IndexSpec index, List<Problem> problems)
    {
        var properties = new List<string>();
        foreach (var written in index.Columns)
        {
            var column = FindColumn(entity, written);
            if (column is null)
            {
                ReportMissingColumn(entity, index, written, problems);
                return null;
            }

            properties.Add(column.PropertyName);
        }

        var include = new List<string>();
        foreach (var written in index.Include)
        {
            var column = FindColumn(entity, written);
            if (column is null)
            {
                ReportMissingColumn(entity, index, written, problems);
                return null;
            }

            include.Add(column.PropertyName);
        }

        if (properties.Count == 0)
        {
            return null;
        }

        var columnNames = properties.Select(p => ColumnOf(entity.Columns.First(c => c.PropertyName == p)));
        var name = index.ExplicitName is { Length: > 0 } explicitName ? explicitName : Identifiers.Index(table, columnNames, Naming);

        var filter = index.Where;
        if (filter is null && index.Origin == IndexOrigin.Field && index.IsUnique && entity.SoftDelete
            && entity.Columns.FirstOrDefault(c => c.PropertyName == "DeletedAt") is { } deletedAt)
        {
            filter = Sql.QuoteIdentifier(ColumnOf(deletedAt)) + " IS NULL";
        }

        return new IndexModel(name, properties.ToEquatableArray(), index.IsUnique, filter, index.Method, include.ToEquatableArray(), index.NullsDistinct);
    }

    private void ReportMissingColumn(EntitySpec entity, IndexSpec index, string name, List<Problem> problems)
    {
        if (index.Origin == IndexOrigin.Field)
        {
            return;
        }

        var closest = Suggest.Closest(name, entity.Columns.Select(c => IsDatabaseForm(name) ? ColumnOf(c) : c.PropertyName));
        problems.Add(Problem.OnClassAttribute(
            DiagnosticIds.UnknownIndexColumn,
            index.ExplicitName ?? string.Empty,
            index.ExplicitName ?? string.Join(", ", index.Columns),
            name,
            TableOf(entity),
            closest is null ? string.Empty : " Did you mean '" + closest + "'?") with { Suggestion = closest });
    }

    /// <summary>
    /// The timestamp property of that name, when it has a timestamp type: <c>CreatedAt</c>/<c>UpdatedAt</c> as
    /// <c>DateTime</c>/<c>DateTimeOffset</c>, <c>DeletedAt</c> as their nullable forms.
    /// </summary>
    public static TimestampModel? Timestamp(EntitySpec entity, string property, bool nullable)
    {
        var column = entity.Columns.FirstOrDefault(c => c.PropertyName == property);
        return column is not null
            && column.Type.Kind is Model.TypeKind.DateTime or Model.TypeKind.DateTimeOffset
            && (!nullable || column.Type.IsNullable)
                ? new TimestampModel(property, column.Type.Kind == Model.TypeKind.DateTimeOffset)
                : null;
    }

    private ColumnModel Column(ColumnSpec column, TimestampModel? softDelete, bool isForeignKey, bool isUnique)
    {
        var isTimestamp = column.Type.Kind is Model.TypeKind.DateTime or Model.TypeKind.DateTimeOffset
            && (column.PropertyName is "CreatedAt" or "UpdatedAt" || column.PropertyName == softDelete?.Property);
        var xmin = column.IsRowVersion && column.Type.FullyQualifiedName == "uint";
        var mapping = xmin ? ColumnMapping.XminRowVersion
            : !column.Jsonb ? ColumnMapping.Plain
            : column.Type.Kind is Model.TypeKind.String or Model.TypeKind.Json ? ColumnMapping.JsonNative
            : column.Type.Kind is Model.TypeKind.Other or Model.TypeKind.Collection ? ColumnMapping.JsonConverted
            : ColumnMapping.Plain; // Jsonb on a scalar (SG2007): mapped as the scalar it is, so the build still compiles.
        var columnType = column.ColumnType
            ?? (mapping != ColumnMapping.Plain ? "jsonb" : isTimestamp ? "timestamp with time zone" : null);
        var defaultSql = column.DefaultSql ?? (isTimestamp && column.PropertyName != softDelete?.Property ? "now()" : null);
        return new ColumnModel(
            PropertyName: column.PropertyName,
            ColumnName: xmin ? "xmin" : ColumnOf(column),
            ClrType: column.Type.FullyQualifiedName,
            Mapping: mapping,
            ColumnType: columnType,
            MaxLength: column.MaxLength,
            DefaultSql: defaultSql,
            Comment: column.Comment,
            IsRequired: isTimestamp && column.PropertyName != softDelete?.Property,
            StoreType: xmin ? "xid" : StoreTypes.Describe(columnType, column.Type.Kind, column.MaxLength),
            IsPrimaryKey: column.IsPrimaryKey,
            IsForeignKey: isForeignKey,
            IsUnique: isUnique);
    }

    /// <summary>
    /// Many-to-many navigations through a <c>LinkModel</c>. Each pair is configured from one side only (the
    /// entity whose name sorts first), with the link entity's own foreign keys.
    /// </summary>
    private IEnumerable<ManyToManyModel> ManyToMany(EntitySpec entity)
    {
        foreach (var navigation in entity.Navigations)
        {
            if (navigation.LinkModelMetadataName is not { } linkName || !navigation.IsCollection
                || ByType(linkName) is not { } link || ByType(navigation.TargetMetadataName) is not { } target)
            {
                continue;
            }

            var inverse = target.Navigations.FirstOrDefault(n =>
                n.LinkModelMetadataName == linkName && n.TargetMetadataName == entity.FullyQualifiedName && n != navigation
                && (n.PropertyName == navigation.BackPopulates || n.BackPopulates == navigation.PropertyName));
            if (inverse is not null)
            {
                var order = string.CompareOrdinal(entity.FullyQualifiedName, target.FullyQualifiedName);
                if (order > 0 || (order == 0 && string.CompareOrdinal(navigation.PropertyName, inverse.PropertyName) > 0))
                {
                    continue;
                }
            }

            var linkKeys = link.Columns
                .Where(c => c.ForeignKey is not null)
                .Select(c => ResolveReference(link, c, c.ForeignKey!, new List<Problem>()))
                .Where(fk => fk is { TypesMatch: true })
                .Select(fk => fk!)
                .ToList();
            var toThis = linkKeys.FirstOrDefault(fk => fk.Principal.FullyQualifiedName == entity.FullyQualifiedName);
            var toTarget = linkKeys.FirstOrDefault(fk => fk.Principal.FullyQualifiedName == target.FullyQualifiedName && fk != toThis);
            if (toThis is null || toTarget is null)
            {
                continue;
            }

            yield return new ManyToManyModel(
                TargetType: target.FullyQualifiedName,
                Navigation: navigation.PropertyName,
                InverseNavigation: inverse?.PropertyName,
                LinkType: link.FullyQualifiedName,
                LinkToTarget: new[] { toTarget.Column.PropertyName }.ToEquatableArray(),
                TargetKey: new[] { toTarget.PrincipalColumn.PropertyName }.ToEquatableArray(),
                LinkToThis: new[] { toThis.Column.PropertyName }.ToEquatableArray(),
                ThisKey: new[] { toThis.PrincipalColumn.PropertyName }.ToEquatableArray());
        }
    }

    /// <summary>A column by property name (<c>nameof(Email)</c>) or by column name (<c>"email"</c>).</summary>
    public ColumnSpec? FindColumn(EntitySpec entity, string name)
        => entity.Columns.FirstOrDefault(c => c.PropertyName == name) ?? entity.Columns.FirstOrDefault(c => ColumnOf(c) == name);

    /// <summary>Whether a name was written the database way (<c>user</c>, <c>author_id</c>) rather than as a C# name.</summary>
    private static bool IsDatabaseForm(string name) => name.Length == 0 || !char.IsUpper(name[0]);

    private static string Display(string fullyQualifiedName)
        => fullyQualifiedName.StartsWith("global::", StringComparison.Ordinal) ? fullyQualifiedName.Substring(8) : fullyQualifiedName;

    private static string HintName(string fullyQualifiedName)
    {
        var chars = Display(fullyQualifiedName).ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!char.IsLetterOrDigit(chars[i]) && chars[i] != '.' && chars[i] != '_')
            {
                chars[i] = '_';
            }
        }

        return new string(chars) + ".g.cs";
    }

    private static void Add(Dictionary<string, List<EntitySpec>> map, string key, EntitySpec entity)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = new List<EntitySpec>();
        }

        list.Add(entity);
    }
}

/// <summary>An entity after resolution: the emission model plus what the rules need.</summary>
internal sealed class ResolvedEntity
{
    public ResolvedEntity(EntitySpec spec, EntityModel model, IReadOnlyList<ResolvedForeignKey> foreignKeys, IReadOnlyList<Problem> problems)
    {
        Spec = spec;
        Model = model;
        ForeignKeys = foreignKeys;
        Problems = problems;
    }

    public EntitySpec Spec { get; }

    public EntityModel Model { get; }

    public IReadOnlyList<ResolvedForeignKey> ForeignKeys { get; }

    public IReadOnlyList<Problem> Problems { get; }
}

/// <summary>A foreign-key column and the principal column it references.</summary>
internal sealed record ResolvedForeignKey(ColumnSpec Column, EntitySpec Principal, ColumnSpec PrincipalColumn, bool TypesMatch);
