namespace SchemaGen.Generator.Model;

/// <summary>
/// One entity with every name final and every reference resolved: exactly what the emitter writes.
/// </summary>
internal sealed record EntityModel(
    string HintName,
    string Namespace,
    string ConfigurationClassName,
    string FullyQualifiedName,
    bool IsPublic,
    string Table,
    string? Schema,
    string? Comment,
    KeyModel? Key,
    EquatableArray<ColumnModel> Columns,
    EquatableArray<RelationshipModel> Relationships,
    EquatableArray<IndexModel> Indexes,
    EquatableArray<CheckModel> Checks);

internal sealed record KeyModel(EquatableArray<string> Properties, string Name);

internal sealed record ColumnModel(
    string PropertyName,
    string ColumnName,
    string? ColumnType,
    int? MaxLength,
    string? DefaultSql,
    string? Comment);

/// <summary>A foreign key from this entity to a principal, with the navigations on both ends (if any).</summary>
internal sealed record RelationshipModel(
    string PrincipalType,
    string? Navigation,
    string? InverseNavigation,
    bool InverseIsCollection,
    EquatableArray<string> ForeignKeyProperties,
    EquatableArray<string> PrincipalKeyProperties,
    string ConstraintName,
    string DeleteBehavior,
    bool IsRequired);

internal sealed record IndexModel(
    string Name,
    EquatableArray<string> Properties,
    bool IsUnique,
    string? Filter,
    string? Method,
    EquatableArray<string> IncludeProperties,
    bool? NullsDistinct);

internal sealed record CheckModel(string Name, string Sql);

/// <summary>What the aggregate outputs need from one entity.</summary>
internal sealed record EntityReference(string Namespace, string ConfigurationClassName, string FullyQualifiedName);

/// <summary>The generator options read from MSBuild.</summary>
internal sealed record GeneratorOptions(SchemaGen.Generator.Naming.NamingStyle Naming, bool Public);
