using System;
using System.Collections.Generic;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// What the rules read out of a tokenized SQL fragment: the column names it refers to (SG2004), whether a
/// predicate keeps to active rows (SG1006), and the value lists compared with a column (SG2011).
/// </summary>
internal static class SqlFragments
{
    /// <summary>
    /// Words that are never column references in a check or index predicate: keywords, the words of
    /// built-in type names (<c>double precision</c>, <c>timestamp with time zone</c>) and <c>EXTRACT</c> fields.
    /// A column that happens to be called like one of them is still found; only an unknown name is reported.
    /// </summary>
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        // Operators and predicates.
        "and", "or", "not", "is", "isnull", "notnull", "null", "true", "false", "unknown", "in", "between",
        "symmetric", "asymmetric", "like", "ilike", "similar", "to", "escape", "case", "when", "then", "else",
        "end", "cast", "as", "any", "all", "some", "exists", "distinct", "from", "collate", "at", "time", "zone",
        "with", "without", "overlaps", "array", "row", "for", "both", "leading", "trailing", "placing", "using",
        "nulls", "first", "last", "default", "value", "of", "operator",

        // Niladic functions and constants.
        "current_date", "current_time", "current_timestamp", "localtime", "localtimestamp", "current_user",
        "session_user", "current_role", "current_catalog", "current_schema", "user",

        // EXTRACT / date_part fields, interval units and normalization forms.
        "year", "years", "month", "months", "day", "days", "hour", "hours", "minute", "minutes", "second", "seconds",
        "epoch", "dow", "doy", "isodow", "isoyear", "week", "weeks", "quarter", "decade", "century", "millennium",
        "microseconds", "milliseconds", "timezone", "timezone_hour", "timezone_minute", "nfc", "nfd", "nfkc", "nfkd",

        // Built-in type names and their words.
        "bigint", "bigserial", "bit", "varying", "bool", "boolean", "box", "bytea", "char", "character", "cidr",
        "circle", "date", "dec", "decimal", "double", "precision", "float", "float4", "float8", "inet", "int", "int2",
        "int4", "int8", "integer", "interval", "json", "jsonb", "line", "lseg", "macaddr", "money", "numeric", "path",
        "point", "polygon", "real", "smallint", "smallserial", "serial", "text", "timestamp", "timestamptz", "timetz",
        "tsquery", "tsvector", "uuid", "varchar", "xml", "citext", "regclass", "regtype", "oid", "name",
    };

    /// <summary>
    /// The names in a fragment that can only be column references: not keywords, not functions (a name
    /// followed by <c>(</c>), not type names (after <c>::</c> or <c>AS</c>, or before a string as in
    /// <c>DATE '2024-01-01'</c>), not qualifiers (before a <c>.</c>). Each with its token.
    /// </summary>
    public static IEnumerable<SqlToken> ColumnReferences(IReadOnlyList<SqlToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsName)
            {
                continue;
            }

            if (i > 0 && (tokens[i - 1].Kind == SqlTokenKind.Cast || tokens[i - 1].IsWord("as")))
            {
                // A type name, perhaps schema-qualified: skip it whole.
                while (i + 2 < tokens.Count && tokens[i + 1].IsPunctuation('.') && tokens[i + 2].IsName)
                {
                    i += 2;
                }

                continue;
            }

            var next = i + 1 < tokens.Count ? tokens[i + 1] : default;
            var isFunction = next.IsPunctuation('(');
            var isQualifier = next.IsPunctuation('.');
            var isTypedLiteral = token.Kind == SqlTokenKind.Identifier && next.Kind == SqlTokenKind.String && next.Value is not null;
            var isKeyword = token.Kind == SqlTokenKind.Identifier && Keywords.Contains(token.Value);
            if (!isFunction && !isQualifier && !isTypedLiteral && !isKeyword)
            {
                yield return token;
            }
        }
    }

    /// <summary>
    /// Whether a partial-index predicate keeps to active rows: <c>&lt;column&gt; IS NULL</c> is one of its
    /// top-level <c>AND</c> terms (in parentheses or not), and no top-level <c>OR</c> widens it.
    /// </summary>
    public static bool KeepsToActiveRows(string? predicate, string deletedAtColumn)
    {
        if (predicate is null)
        {
            return false;
        }

        var tokens = SqlTokenizer.Tokenize(predicate);
        return KeepsToActiveRows(tokens, 0, tokens.Count, deletedAtColumn);
    }

    /// <summary>Whether a name token (unquoted: folded; quoted: exact) names the column.</summary>
    public static bool Names(SqlToken token, string column)
        => token.Kind switch
        {
            SqlTokenKind.Identifier => token.Value == column,
            SqlTokenKind.QuotedIdentifier => token.Value == column,
            _ => false,
        };

    /// <summary>
    /// The literal lists compared with a name: <c>name IN ('a', 'b')</c> and <c>name = ANY (ARRAY['a', 'b'])</c>,
    /// with casts allowed on the name and on each value. <c>NOT IN</c> lists what is excluded, so it is skipped.
    /// </summary>
    public static IEnumerable<(SqlToken Column, List<SqlToken> Values)> ValueLists(IReadOnlyList<SqlToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsName || (i + 1 < tokens.Count && tokens[i + 1].IsPunctuation('(')) || (i > 0 && tokens[i - 1].Kind == SqlTokenKind.Cast))
            {
                continue;
            }

            var column = tokens[i];
            var j = SkipCast(tokens, i + 1);
            List<SqlToken>? values = null;
            if (j < tokens.Count && tokens[j].IsWord("in") && j + 1 < tokens.Count && tokens[j + 1].IsPunctuation('('))
            {
                values = ReadLiterals(tokens, j + 2, ')');
            }
            else if (j + 4 < tokens.Count && tokens[j].Kind == SqlTokenKind.Operator && tokens[j].Value == "="
                && tokens[j + 1].IsWord("any") && tokens[j + 2].IsPunctuation('(')
                && tokens[j + 3].IsWord("array") && tokens[j + 4].IsPunctuation('['))
            {
                values = ReadLiterals(tokens, j + 5, ']');
            }

            if (values is { Count: > 0 })
            {
                yield return (column, values);
            }
        }
    }

    private static bool KeepsToActiveRows(IReadOnlyList<SqlToken> tokens, int start, int end, string column)
    {
        // Strip parentheses that wrap the whole range.
        while (end - start >= 2 && tokens[start].IsPunctuation('(') && Closing(tokens, start) == end - 1)
        {
            start++;
            end--;
        }

        var depth = 0;
        var termStart = start;
        var terms = new List<(int Start, int End)>();
        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            if (token.IsPunctuation('(') || token.IsPunctuation('['))
            {
                depth++;
            }
            else if (token.IsPunctuation(')') || token.IsPunctuation(']'))
            {
                depth--;
            }
            else if (depth == 0 && token.IsWord("or"))
            {
                return false;
            }
            else if (depth == 0 && token.IsWord("and"))
            {
                terms.Add((termStart, i));
                termStart = i + 1;
            }
        }

        terms.Add((termStart, end));
        foreach (var (termFrom, termTo) in terms)
        {
            var length = termTo - termFrom;
            if (length == 3 && Names(tokens[termFrom], column) && tokens[termFrom + 1].IsWord("is") && tokens[termFrom + 2].IsWord("null"))
            {
                return true;
            }

            if (length == 2 && Names(tokens[termFrom], column) && tokens[termFrom + 1].IsWord("isnull"))
            {
                return true;
            }

            if (terms.Count > 1 && length > 2 && tokens[termFrom].IsPunctuation('(') && Closing(tokens, termFrom) == termTo - 1
                && KeepsToActiveRows(tokens, termFrom, termTo, column))
            {
                return true;
            }
        }

        return false;
    }

    private static int Closing(IReadOnlyList<SqlToken> tokens, int open)
    {
        var depth = 0;
        for (var i = open; i < tokens.Count; i++)
        {
            if (tokens[i].IsPunctuation('('))
            {
                depth++;
            }
            else if (tokens[i].IsPunctuation(')') && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>After a <c>::type</c> (with arguments and <c>[]</c>), the next token's index.</summary>
    private static int SkipCast(IReadOnlyList<SqlToken> tokens, int i)
    {
        while (i + 1 < tokens.Count && tokens[i].Kind == SqlTokenKind.Cast && tokens[i + 1].IsName)
        {
            i += 2;
            while (i < tokens.Count && (tokens[i].IsName || tokens[i].IsPunctuation('.')))
            {
                // Multi-word and qualified types: character varying, public.order_status.
                if (tokens[i].IsName && i > 0 && !tokens[i - 1].IsPunctuation('.') && !IsTypeWord(tokens[i]))
                {
                    break;
                }

                i++;
            }

            if (i < tokens.Count && tokens[i].IsPunctuation('('))
            {
                var close = Closing(tokens, i);
                i = close < 0 ? tokens.Count : close + 1;
            }

            while (i + 1 < tokens.Count && tokens[i].IsPunctuation('[') && tokens[i + 1].IsPunctuation(']'))
            {
                i += 2;
            }
        }

        return i;
    }

    private static bool IsTypeWord(SqlToken token)
        => token.Kind == SqlTokenKind.Identifier && token.Value is "varying" or "precision" or "with" or "without" or "time" or "zone";

    /// <summary>String or number literals (a number may be negative, any may be cast) up to the closing bracket.</summary>
    private static List<SqlToken>? ReadLiterals(IReadOnlyList<SqlToken> tokens, int i, char close)
    {
        var values = new List<SqlToken>();
        while (i < tokens.Count)
        {
            var negative = tokens[i].Kind == SqlTokenKind.Operator && tokens[i].Value == "-";
            if (negative)
            {
                i++;
            }

            if (i >= tokens.Count || tokens[i].Kind is not (SqlTokenKind.String or SqlTokenKind.Number) || (negative && tokens[i].Kind != SqlTokenKind.Number))
            {
                return null;
            }

            var value = tokens[i];
            values.Add(negative ? new SqlToken(SqlTokenKind.Number, "-" + value.Value, value.Start - 1, value.Length + 1) : value);
            i = SkipCast(tokens, i + 1);
            if (i < tokens.Count && tokens[i].IsPunctuation(','))
            {
                i++;
            }
            else if (i < tokens.Count && tokens[i].IsPunctuation(close))
            {
                return values;
            }
            else
            {
                return null;
            }
        }

        return null;
    }
}
