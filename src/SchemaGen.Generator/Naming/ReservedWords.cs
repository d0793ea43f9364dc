using System;
using System.Collections.Generic;

namespace SchemaGen.Generator.Naming;

/// <summary>
/// The PostgreSQL key words that cannot name a table or column without quotes: those marked "reserved" and
/// "reserved (can be function or type)" in the PostgreSQL column of the key-word appendix (SQL Key Words),
/// i.e. <c>pg_get_keywords()</c> categories <c>R</c> and <c>T</c>. Non-reserved key words (<c>name</c>,
/// <c>type</c>, <c>time</c>, <c>position</c>, <c>values</c>) are fine as column names and are not listed.
/// </summary>
internal static class ReservedWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // Reserved.
        "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast",
        "check", "collate", "column", "constraint", "create", "current_catalog", "current_date", "current_role",
        "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do",
        "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant", "group", "having", "in",
        "initially", "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp", "not",
        "null", "offset", "on", "only", "or", "order", "placing", "primary", "references", "returning", "select",
        "session_user", "some", "symmetric", "system_user", "table", "then", "to", "trailing", "true", "union",
        "unique", "user", "using", "variadic", "when", "where", "window", "with",

        // Reserved, but allowed as a function or type name: still no table or column name.
        "authorization", "binary", "collation", "concurrently", "cross", "current_schema", "freeze", "full",
        "ilike", "inner", "is", "isnull", "join", "left", "like", "natural", "notnull", "outer", "overlaps",
        "right", "similar", "tablesample", "verbose",
    };

    /// <summary>
    /// Whether an identifier, as PostgreSQL would see it unquoted, is a reserved word. The comparison is exact:
    /// <c>User</c> must be quoted for its capital anyway, so only <c>user</c> counts.
    /// </summary>
    public static bool IsReserved(string identifier) => Words.Contains(identifier);
}
