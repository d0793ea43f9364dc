using System.Globalization;
using System.Text;

namespace SchemaGen.Generator.Naming;

/// <summary>
/// A PostgreSQL type name as written in <c>ColumnType</c>/<c>TypeName</c>, taken apart the way PostgreSQL reads
/// it: case and extra white space do not matter, the type modifier may sit inside a multi-word name
/// (<c>timestamp(3) without time zone</c>), and <c>[]</c> or <c>ARRAY</c> make an array.
/// <c>"Timestamp (3)  WITHOUT TIME ZONE"</c> has <see cref="Name"/> <c>timestamp without time zone</c>,
/// <see cref="Modifier"/> <c>(3)</c> and no <see cref="ArraySuffix"/>.
/// </summary>
internal readonly struct PostgresTypeName
{
    private PostgresTypeName(string name, string modifier, string arraySuffix)
    {
        Name = name;
        Modifier = modifier;
        ArraySuffix = arraySuffix;
    }

    /// <summary>The type's name in lower case, words separated by one space, without <c>pg_catalog.</c>, modifier or array part.</summary>
    public string Name { get; }

    /// <summary>The type modifier with its parentheses and no white space (<c>(3)</c>, <c>(12,2)</c>), or empty.</summary>
    public string Modifier { get; }

    /// <summary><c>[]</c> once per array dimension, or empty.</summary>
    public string ArraySuffix { get; }

    public bool HasModifier => Modifier.Length > 0;

    /// <summary>The modifier as one positive integer (<c>varchar(20)</c> -&gt; 20), or null.</summary>
    public int? SingleIntegerModifier
        => Modifier.Length > 2
            && int.TryParse(Modifier.Substring(1, Modifier.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value > 0
                ? value
                : null;

    public static PostgresTypeName Parse(string text)
    {
        var lower = (text ?? string.Empty).ToLowerInvariant();

        // Array dimensions: trailing "[]" / "[10]" (any number), or the SQL-standard " array" / " array[n]".
        var arraySuffix = new StringBuilder();
        var rest = lower.Trim();
        while (true)
        {
            if (rest.EndsWith("]", System.StringComparison.Ordinal) && rest.LastIndexOf('[') is var open and > 0)
            {
                arraySuffix.Append("[]");
                rest = rest.Substring(0, open).TrimEnd();
            }
            else if (rest.EndsWith(" array", System.StringComparison.Ordinal))
            {
                arraySuffix.Append("[]");
                rest = rest.Substring(0, rest.Length - " array".Length).TrimEnd();
            }
            else
            {
                break;
            }
        }

        // The modifier, wherever it is: "varchar(20)", "timestamp (3) without time zone".
        var modifier = string.Empty;
        var start = rest.IndexOf('(');
        var end = start < 0 ? -1 : rest.IndexOf(')', start);
        if (start >= 0 && end > start)
        {
            modifier = "(" + RemoveWhiteSpace(rest.Substring(start + 1, end - start - 1)) + ")";
            rest = rest.Substring(0, start) + " " + rest.Substring(end + 1);
        }

        var name = CollapseWhiteSpace(rest.Replace("\"", string.Empty));
        if (name.StartsWith("pg_catalog.", System.StringComparison.Ordinal))
        {
            name = name.Substring("pg_catalog.".Length);
        }

        return new PostgresTypeName(name, modifier, arraySuffix.ToString());
    }

    /// <summary>Another base type with this one's modifier and array dimensions (<c>timestamp(3)</c> -&gt; <c>timestamptz(3)</c>).</summary>
    public string WithName(string name, bool keepModifier) => name + (keepModifier ? Modifier : string.Empty) + ArraySuffix;

    private static string RemoveWhiteSpace(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string CollapseWhiteSpace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
