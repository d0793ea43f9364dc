using System;

namespace SchemaGen;

/// <summary>
/// Marks a class as a database table, like SQLModel's <c>table=True</c>. SchemaGen generates an
/// <c>IEntityTypeConfiguration&lt;T&gt;</c> for it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class EntityAttribute : Attribute
{
    /// <summary>The table name (like <c>__tablename__</c>). Defaults to the class name in snake_case.</summary>
    public string? Name { get; set; }

    /// <summary>The PostgreSQL schema of the table. Defaults to the connection's search path (usually <c>public</c>).</summary>
    public string? Schema { get; set; }

    /// <summary>A comment stored on the table (<c>COMMENT ON TABLE</c>).</summary>
    public string? Comment { get; set; }
}
