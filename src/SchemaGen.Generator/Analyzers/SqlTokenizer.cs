using System;
using System.Collections.Generic;
using System.Text;

namespace SchemaGen.Generator.Analyzers;

/// <summary>What a <see cref="SqlToken"/> is.</summary>
internal enum SqlTokenKind
{
    /// <summary>An unquoted name; <see cref="SqlToken.Value"/> is folded to lower case, as PostgreSQL folds it.</summary>
    Identifier,

    /// <summary>A <c>"quoted"</c> name; <see cref="SqlToken.Value"/> is exact.</summary>
    QuotedIdentifier,

    /// <summary>A <c>'string'</c>, <c>E'string'</c> or <c>$$string$$</c>; <see cref="SqlToken.Value"/> is its content.</summary>
    String,

    Number,

    /// <summary><c>(</c>, <c>)</c>, <c>[</c>, <c>]</c>, <c>,</c>, <c>.</c>, <c>;</c>.</summary>
    Punctuation,

    /// <summary><c>::</c>.</summary>
    Cast,

    /// <summary><c>=</c>, <c>&lt;&gt;</c>, <c>||</c>, and every other operator.</summary>
    Operator,

    /// <summary><c>$1</c>.</summary>
    Parameter,
}

/// <summary>One token of a SQL fragment.</summary>
internal readonly struct SqlToken
{
    public SqlToken(SqlTokenKind kind, string value, int start, int length)
    {
        Kind = kind;
        Value = value;
        Start = start;
        Length = length;
    }

    public SqlTokenKind Kind { get; }

    public string Value { get; }

    public int Start { get; }

    public int Length { get; }

    public bool IsName => Kind is SqlTokenKind.Identifier or SqlTokenKind.QuotedIdentifier;

    /// <summary>An unquoted keyword or name, compared case-insensitively (<c>IS</c>, <c>null</c>).</summary>
    public bool IsWord(string word) => Kind == SqlTokenKind.Identifier && Value == word;

    public bool IsPunctuation(char c) => Kind == SqlTokenKind.Punctuation && Value.Length == 1 && Value[0] == c;

    public override string ToString() => Kind + ":" + Value;
}

/// <summary>
/// A small PostgreSQL lexer for the SQL fragments users write in <c>[Check]</c> and <c>TableIndex.Where</c>:
/// names (folded or quoted), strings (including <c>E'...'</c> and dollar quoting), numbers, operators and
/// comments. It never throws: unterminated strings and quotes run to the end of the text.
/// </summary>
internal static class SqlTokenizer
{
    public static List<SqlToken> Tokenize(string sql)
    {
        var tokens = new List<SqlToken>();
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            var start = i;
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '-' && Peek(sql, i + 1) == '-')
            {
                while (i < sql.Length && sql[i] != '\n')
                {
                    i++;
                }
            }
            else if (c == '/' && Peek(sql, i + 1) == '*')
            {
                i = SkipBlockComment(sql, i);
            }
            else if (c == '\'')
            {
                var escapes = start > 0 && (sql[start - 1] == 'e' || sql[start - 1] == 'E') && tokens.Count > 0
                    && tokens[tokens.Count - 1] is { Kind: SqlTokenKind.Identifier, Value: "e" } previous && previous.Start + previous.Length == start;
                if (escapes)
                {
                    // E'...': the E was read as a name; it belongs to the string.
                    tokens.RemoveAt(tokens.Count - 1);
                    start--;
                }

                var value = ReadQuoted(sql, ref i, '\'', escapes);
                tokens.Add(new SqlToken(SqlTokenKind.String, value, start, i - start));
            }
            else if (c == '"')
            {
                var value = ReadQuoted(sql, ref i, '"', backslashEscapes: false);
                tokens.Add(new SqlToken(SqlTokenKind.QuotedIdentifier, value, start, i - start));
            }
            else if (c == '$' && TryReadDollarString(sql, ref i, out var dollar))
            {
                tokens.Add(new SqlToken(SqlTokenKind.String, dollar, start, i - start));
            }
            else if (c == '$' && char.IsDigit(Peek(sql, i + 1)))
            {
                i++;
                while (i < sql.Length && char.IsDigit(sql[i]))
                {
                    i++;
                }

                tokens.Add(new SqlToken(SqlTokenKind.Parameter, sql.Substring(start, i - start), start, i - start));
            }
            else if (char.IsDigit(c) || (c == '.' && char.IsDigit(Peek(sql, i + 1))))
            {
                i = ReadNumber(sql, i);
                tokens.Add(new SqlToken(SqlTokenKind.Number, sql.Substring(start, i - start), start, i - start));
            }
            else if (IsNameStart(c))
            {
                i++;
                while (i < sql.Length && IsNamePart(sql[i]))
                {
                    i++;
                }

                tokens.Add(new SqlToken(SqlTokenKind.Identifier, Fold(sql.Substring(start, i - start)), start, i - start));
            }
            else if (c == ':' && Peek(sql, i + 1) == ':')
            {
                i += 2;
                tokens.Add(new SqlToken(SqlTokenKind.Cast, "::", start, 2));
            }
            else if (c is '(' or ')' or '[' or ']' or ',' or '.' or ';')
            {
                i++;
                tokens.Add(new SqlToken(SqlTokenKind.Punctuation, c.ToString(), start, 1));
            }
            else
            {
                i++;
                while (i < sql.Length && IsOperatorChar(sql[i]) && !(sql[i] == '-' && Peek(sql, i + 1) == '-') && !(sql[i] == '/' && Peek(sql, i + 1) == '*'))
                {
                    i++;
                }

                tokens.Add(new SqlToken(SqlTokenKind.Operator, sql.Substring(start, i - start), start, i - start));
            }
        }

        return tokens;
    }

    /// <summary>PostgreSQL folds unquoted names to lower case (ASCII letters only).</summary>
    public static string Fold(string name)
    {
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] >= 'A' && chars[i] <= 'Z')
            {
                chars[i] = (char)(chars[i] + ('a' - 'A'));
            }
        }

        return new string(chars);
    }

    private static char Peek(string sql, int index) => index < sql.Length ? sql[index] : '\0';

    private static bool IsNameStart(char c) => c == '_' || char.IsLetter(c);

    private static bool IsNamePart(char c) => c == '_' || c == '$' || char.IsLetterOrDigit(c);

    private static bool IsOperatorChar(char c) => "+-*/<>=~!@#%^&|`?".IndexOf(c) >= 0;

    private static int SkipBlockComment(string sql, int i)
    {
        // Block comments nest in PostgreSQL.
        var depth = 0;
        while (i < sql.Length)
        {
            if (sql[i] == '/' && Peek(sql, i + 1) == '*')
            {
                depth++;
                i += 2;
            }
            else if (sql[i] == '*' && Peek(sql, i + 1) == '/')
            {
                depth--;
                i += 2;
                if (depth == 0)
                {
                    return i;
                }
            }
            else
            {
                i++;
            }
        }

        return i;
    }

    private static string ReadQuoted(string sql, ref int i, char quote, bool backslashEscapes)
    {
        var value = new StringBuilder();
        i++;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (backslashEscapes && c == '\\' && i + 1 < sql.Length)
            {
                value.Append(sql[i + 1]);
                i += 2;
            }
            else if (c == quote)
            {
                if (Peek(sql, i + 1) == quote)
                {
                    value.Append(quote);
                    i += 2;
                }
                else
                {
                    i++;
                    return value.ToString();
                }
            }
            else
            {
                value.Append(c);
                i++;
            }
        }

        return value.ToString();
    }

    private static bool TryReadDollarString(string sql, ref int i, out string value)
    {
        value = string.Empty;
        var tagEnd = i + 1;
        while (tagEnd < sql.Length && sql[tagEnd] != '$' && IsNamePart(sql[tagEnd]))
        {
            tagEnd++;
        }

        if (tagEnd >= sql.Length || sql[tagEnd] != '$' || (tagEnd > i + 1 && char.IsDigit(sql[i + 1])))
        {
            return false;
        }

        var tag = sql.Substring(i, tagEnd - i + 1);
        var bodyStart = tagEnd + 1;
        var close = sql.IndexOf(tag, bodyStart, StringComparison.Ordinal);
        if (close < 0)
        {
            value = sql.Substring(bodyStart);
            i = sql.Length;
        }
        else
        {
            value = sql.Substring(bodyStart, close - bodyStart);
            i = close + tag.Length;
        }

        return true;
    }

    private static int ReadNumber(string sql, int i)
    {
        while (i < sql.Length && (char.IsDigit(sql[i]) || sql[i] == '.' || sql[i] == '_'))
        {
            i++;
        }

        if (i < sql.Length && (sql[i] == 'e' || sql[i] == 'E'))
        {
            var j = i + 1;
            if (j < sql.Length && (sql[j] == '+' || sql[j] == '-'))
            {
                j++;
            }

            if (j < sql.Length && char.IsDigit(sql[j]))
            {
                i = j;
                while (i < sql.Length && char.IsDigit(sql[i]))
                {
                    i++;
                }
            }
        }

        return i;
    }
}
