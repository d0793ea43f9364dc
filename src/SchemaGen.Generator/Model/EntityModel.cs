namespace SchemaGen.Generator.Model;

/// <summary>
/// One entity with every name final and every reference resolved: exactly what the emitter writes.
/// </summary>
internal sealed record EntityModel(
    string HintName,
    string Namespace,
    string ConfigurationClassName,
    string FullyQualifiedName,
    bool IsPublic, // the generated configuration is public: a public class, and SchemaGenPublic=true
    string Table,
    string? Schema,
    string? Comment,
    KeyModel? Key,
    EquatableArray<ColumnModel> Columns,
    EquatableArray<RelationshipModel> Relationships,
    EquatableArray<ManyToManyModel> ManyToMany,
    EquatableArray<IndexModel> Indexes,
    EquatableArray<CheckModel> Checks,
    TimestampModel? SoftDelete,
    TimestampModel? CreatedAt,
    TimestampModel? UpdatedAt);

internal sealed record KeyModel(EquatableArray<string> Properties, string Name);

/// <summary>How a column's value reaches the database.</summary>
internal enum ColumnMapping
{
    /// <summary>Npgsql's own mapping for the CLR type.</summary>
    Plain,

    /// <summary>jsonb that Npgsql reads and writes as is (string, JsonDocument, JsonElement).</summary>
    JsonNative,

    /// <summary>jsonb through a System.Text.Json value converter (POCOs, lists, dictionaries).</summary>
    JsonConverted,

    /// <summary>
    /// A <c>[Timestamp] uint</c> row version: Npgsql maps it to the <c>xmin</c> system column by convention,
    /// so nothing is configured (a column name would turn it into an ordinary column).
    /// </summary>
    XminRowVersion,
}

internal sealed record ColumnModel(
    string PropertyName,
    string ColumnName,
    string ClrType,
    ColumnMapping Mapping,
    string? ColumnType,
    int? MaxLength,
    string? DefaultSql,
    string? Comment,
    bool IsRequired,
    string StoreType,
    bool IsPrimaryKey,
    bool IsForeignKey,
    bool IsUnique);

/// <summary>A timestamp property the save interceptor sets (<c>CreatedAt</c>, <c>UpdatedAt</c>, <c>DeletedAt</c>).</summary>
internal sealed record TimestampModel(string Property, bool IsOffset);

/// <summary>
/// A many-to-many skip navigation through a link entity: this entity's <see cref="Navigation"/> to
/// <see cref="TargetType"/>, and the link's foreign keys to each side.
/// </summary>
internal sealed record ManyToManyModel(
    string TargetType,
    string Navigation,
    string? InverseNavigation,
    string LinkType,
    EquatableArray<string> LinkToTarget,
    EquatableArray<string> TargetKey,
    EquatableArray<string> LinkToThis,
    EquatableArray<string> ThisKey);

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
    bool IsRequired,
    string PrincipalTable);

internal sealed record IndexModel(
    string Name,
    EquatableArray<string> Properties,
    bool IsUnique,
    string? Filter,
    string? Method,
    EquatableArray<string> IncludeProperties,
    bool? NullsDistinct);

internal sealed record CheckModel(string Name, string Sql);

/// <summary>What <c>ApplySchemaGenConfigurations()</c> needs from one entity.</summary>
internal sealed record EntityReference(string Namespace, string ConfigurationClassName, string FullyQualifiedName);

/// <summary>What the Mermaid ERD needs from one entity.</summary>
internal sealed record ErdEntity(string Name, EquatableArray<ErdColumn> Columns, EquatableArray<ErdRelationship> Relationships);

internal sealed record ErdColumn(string Name, string Type, string Keys);

internal sealed record ErdRelationship(string Principal, string Cardinality, string Label);

/// <summary>The generator options read from MSBuild.</summary>
internal sealed record GeneratorOptions(SchemaGen.Generator.Naming.NamingStyle Naming, bool Public);
