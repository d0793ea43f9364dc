namespace SchemaGen.Generator.Model;

/// <summary>
/// What the parser reads off one <c>[Entity]</c> class: names as written (explicit ones, or null), before
/// naming conventions and cross-entity references are resolved. Holds no symbols, syntax or locations.
/// </summary>
internal sealed record EntitySpec(
    string FullyQualifiedName,
    string ClassName,
    string Namespace,
    string ConfigurationClassName,
    bool IsPublic,
    string? ExplicitTable,
    string? Schema,
    string? Comment,
    KeySource KeySource,
    EquatableArray<ColumnSpec> Columns,
    EquatableArray<NavigationSpec> Navigations,
    EquatableArray<IndexSpec> Indexes,
    EquatableArray<CheckSpec> Checks,
    bool SoftDelete);

/// <summary>Where the primary key came from.</summary>
internal enum KeySource
{
    /// <summary>No key: SG1001.</summary>
    None,

    /// <summary><c>[Field(PrimaryKey = true)]</c> on one or more properties.</summary>
    Field,

    /// <summary>EF Core's <c>[Key]</c>.</summary>
    KeyAttribute,

    /// <summary>EF Core's convention: a property called <c>Id</c> or <c>&lt;Type&gt;Id</c>.</summary>
    Convention,
}

/// <summary>A mapped scalar property.</summary>
internal sealed record ColumnSpec(
    string PropertyName,
    string? ExplicitName,
    TypeRef Type,
    bool IsPrimaryKey,
    bool IsUnique,
    bool IsIndexed,
    string? ForeignKey,
    OnDeleteAction? OnDelete,
    string? ColumnType,
    bool Jsonb,
    int? MaxLength,
    string? DefaultSql,
    bool Sensitive,
    string? Comment,
    bool HasFieldAttribute,
    bool IsRowVersion = false);

/// <summary>A property type, reduced to what the model needs.</summary>
internal readonly record struct TypeRef(string FullyQualifiedName, TypeKind Kind, bool IsNullable);

/// <summary>The scalar families that rules and emitters care about.</summary>
internal enum TypeKind
{
    Other,
    String,
    Guid,
    Int16,
    Int32,
    Int64,
    Decimal,
    Single,
    Double,
    Boolean,
    DateTime,
    DateTimeOffset,
    DateOnly,
    TimeOnly,
    TimeSpan,
    Enum,
    ByteArray,
    Json,
    Collection,
}

/// <summary>The delete behaviour named by <c>Field.OnDelete</c>.</summary>
internal enum OnDeleteAction
{
    NoAction,
    Restrict,
    Cascade,
    SetNull,
}

/// <summary>A navigation property: a reference or a collection of another entity.</summary>
internal sealed record NavigationSpec(
    string PropertyName,
    string TargetMetadataName,
    bool IsCollection,
    string? BackPopulates,
    string? LinkModelMetadataName,
    string? ForeignKeyProperty);

/// <summary>An index as declared: by <c>[TableIndex]</c>, EF's <c>[Index]</c>, or <c>Field.Index</c>/<c>Unique</c>.</summary>
internal sealed record IndexSpec(
    string? ExplicitName,
    EquatableArray<string> Columns,
    bool IsUnique,
    string? Where,
    string? Method,
    EquatableArray<string> Include,
    bool? NullsDistinct,
    IndexOrigin Origin);

/// <summary>Which declaration an index came from.</summary>
internal enum IndexOrigin
{
    TableIndex,
    EfIndexAttribute,
    Field,
}

/// <summary>A <c>[Check]</c> constraint.</summary>
internal sealed record CheckSpec(string Sql, string? Name);
