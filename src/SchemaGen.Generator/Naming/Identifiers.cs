using System.Collections.Generic;
using System.Text;

namespace SchemaGen.Generator.Naming;

/// <summary>
/// Table, column, key, foreign-key, index and check names, as EF Core (plus EFCore.NamingConventions
/// in snake_case mode) would give them, kept within PostgreSQL's 63-byte identifier limit.
/// </summary>
internal static class Identifiers
{
    /// <summary>PostgreSQL's <c>NAMEDATALEN - 1</c>.</summary>
    public const int MaxBytes = 63;

    private const int HashChars = 8;

    public static string Table(string className, NamingStyle style) => Shorten(Apply(className, style));

    public static string Column(string propertyName, NamingStyle style) => Shorten(Apply(propertyName, style));

    /// <summary><c>pk_post</c> (EF: <c>PK_post</c>).</summary>
    public static string PrimaryKey(string table, NamingStyle style) => Constraint("PK_" + table, style);

    /// <summary><c>fk_post_user_author_id</c> (EF: <c>FK_{dependent}_{principal}_{columns}</c>).</summary>
    public static string ForeignKey(string dependentTable, string principalTable, IEnumerable<string> columns, NamingStyle style)
        => Constraint("FK_" + dependentTable + "_" + principalTable + "_" + string.Join("_", columns), style);

    /// <summary><c>ix_post_author_id</c> (EF: <c>IX_{table}_{columns}</c>).</summary>
    public static string Index(string table, IEnumerable<string> columns, NamingStyle style)
        => Constraint("IX_" + table + "_" + string.Join("_", columns), style);

    /// <summary><c>ck_order_status</c>.</summary>
    public static string Check(string table, string name, NamingStyle style)
        => Constraint("CK_" + table + "_" + name, style);

    /// <summary>
    /// Keeps a name within <see cref="MaxBytes"/> UTF-8 bytes. A longer name keeps as much of its
    /// start as fits and ends with <c>_</c> and eight hex digits of a hash of the whole name, so two long
    /// names that share a 63-byte prefix still differ.
    /// </summary>
    public static string Shorten(string name)
    {
        if (Encoding.UTF8.GetByteCount(name) <= MaxBytes)
        {
            return name;
        }

        var suffix = "_" + Fnv1a(name).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        var budget = MaxBytes - suffix.Length;
        var prefix = new StringBuilder();
        var used = 0;
        for (var i = 0; i < name.Length; i++)
        {
            var length = char.IsHighSurrogate(name[i]) && i + 1 < name.Length ? 2 : 1;
            var bytes = Encoding.UTF8.GetByteCount(name.ToCharArray(i, length));
            if (used + bytes > budget)
            {
                break;
            }

            prefix.Append(name, i, length);
            used += bytes;
            i += length - 1;
        }

        return prefix.ToString().TrimEnd('_') + suffix;
    }

    private static string Apply(string name, NamingStyle style)
        => style == NamingStyle.SnakeCase ? SnakeCase.Convert(name) : name;

    private static string Constraint(string efDefault, NamingStyle style) => Shorten(Apply(efDefault, style));

    /// <summary>32-bit FNV-1a over UTF-8: stable across processes and platforms, unlike string.GetHashCode.</summary>
    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash;
    }
}
