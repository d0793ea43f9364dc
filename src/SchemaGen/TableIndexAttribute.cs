using System;

namespace SchemaGen;

/// <summary>
/// An index over one or more columns, like SQLAlchemy's <c>Index(...)</c> in <c>__table_args__</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class TableIndexAttribute : Attribute
{
    /// <summary>Creates an index.</summary>
    /// <param name="name">The index name, used as given.</param>
    /// <param name="columns">Property names (<c>nameof(Email)</c>) or column names (<c>"email"</c>), in index order.</param>
    public TableIndexAttribute(string name, params string[] columns)
    {
        Name = name;
        Columns = columns;
    }

    /// <summary>The index name.</summary>
    public string Name { get; }

    /// <summary>The indexed columns, in order.</summary>
    public string[] Columns { get; }

    /// <summary>A unique index.</summary>
    public bool Unique { get; set; }

    /// <summary>The predicate of a partial index, in SQL over column names (<c>"deleted_at IS NULL"</c>).</summary>
    public string? Where { get; set; }

    /// <summary>The index method: <c>btree</c> (default), <c>gin</c>, <c>gist</c>, <c>brin</c> or <c>hash</c>.</summary>
    public string? Method { get; set; }

    /// <summary>Non-key columns stored in the index (<c>INCLUDE</c>), for index-only scans.</summary>
    public string[]? Include { get; set; }

    /// <summary>Whether NULLs count as distinct in a unique index (PostgreSQL 15+). Default <c>true</c>.</summary>
    public bool NullsDistinct { get; set; } = true;
}
