using System;

namespace SchemaGen;

/// <summary>
/// A check constraint, like SQLAlchemy's <c>CheckConstraint(...)</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class CheckAttribute : Attribute
{
    /// <summary>Creates a check constraint.</summary>
    /// <param name="sql">The condition, in SQL over column names (<c>"status IN ('pending', 'shipped')"</c>).</param>
    public CheckAttribute(string sql) => Sql = sql;

    /// <summary>The condition.</summary>
    public string Sql { get; }

    /// <summary>The constraint's short name; the database name is <c>ck_&lt;table&gt;_&lt;name&gt;</c>.</summary>
    public string? Name { get; set; }
}
