using System;

namespace SchemaGen;

/// <summary>
/// Describes the column behind a property, like SQLModel's <c>Field(...)</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class FieldAttribute : Attribute
{
    /// <summary>The property is (part of) the primary key. Several on one class make a composite key, in declaration order.</summary>
    public bool PrimaryKey { get; set; }

    /// <summary>Values are unique: a unique index (over active rows only on a <see cref="SoftDeleteAttribute"/> entity).</summary>
    public bool Unique { get; set; }

    /// <summary>The column gets an index of its own. With <see cref="Unique"/> it is one unique index.</summary>
    public bool Index { get; set; }

    /// <summary>
    /// The referenced key, as <c>"table.column"</c> (<c>"user.id"</c>) or as
    /// <c>"ClassName.PropertyName"</c> (<c>nameof(User) + "." + nameof(User.Id)</c>).
    /// </summary>
    public string? ForeignKey { get; set; }

    /// <summary>What happens to this row when the referenced row is deleted. Only meaningful with <see cref="ForeignKey"/>.</summary>
    public OnDelete OnDelete { get; set; }

    /// <summary>The column name. Defaults to the property name in snake_case.</summary>
    public string? Name { get; set; }

    /// <summary>The PostgreSQL column type, verbatim (<c>"citext"</c>, <c>"numeric(12,2)"</c>).</summary>
    public string? ColumnType { get; set; }

    /// <summary>Stores the value as <c>jsonb</c>; any CLR value round-trips.</summary>
    public bool Jsonb { get; set; }

    /// <summary>The maximum length of a string column.</summary>
    public int MaxLength { get; set; }

    /// <summary>A SQL expression for the column default (<c>"now()"</c>, <c>"gen_random_uuid()"</c>).</summary>
    public string? DefaultSql { get; set; }

    /// <summary>The column holds a secret that is already protected (hashed or encrypted).</summary>
    public bool Sensitive { get; set; }

    /// <summary>A comment stored on the column (<c>COMMENT ON COLUMN</c>).</summary>
    public string? Comment { get; set; }
}
