using System.Globalization;
using System.Text;

namespace SchemaGen.Generator.Naming;

/// <summary>
/// Converts C# names to snake_case with the same word breaks as EFCore.NamingConventions, so a database
/// created with <c>UseSnakeCaseNamingConvention()</c> sees no renames: a word starts at an upper-case
/// letter after a lower-case one, and at the last capital of an acronym (<c>HTMLParser</c> -&gt;
/// <c>html_parser</c>); digits stay with the word before them; other punctuation becomes one underscore.
/// </summary>
internal static class SnakeCase
{
    public static string Convert(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return name;
        }

        var output = new StringBuilder(name.Length + 4);
        var last = Kind.Start;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '_')
            {
                output.Append('_');
                last = Kind.Start;
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter)
            {
                var startsWord = last is Kind.Separator or Kind.Lower
                    || (last is Kind.Upper && i + 1 < name.Length && char.IsLower(name[i + 1]));
                if (startsWord)
                {
                    output.Append('_');
                }

                output.Append(char.ToLowerInvariant(c));
                last = Kind.Upper;
            }
            else if (category is UnicodeCategory.LowercaseLetter or UnicodeCategory.DecimalDigitNumber)
            {
                if (last is Kind.Separator)
                {
                    output.Append('_');
                }

                output.Append(c);
                last = category == UnicodeCategory.LowercaseLetter ? Kind.Lower : Kind.Digit;
            }
            else if (last is not Kind.Start)
            {
                // Anything else separates words, but never leads or doubles an underscore.
                last = Kind.Separator;
            }
        }

        return output.ToString();
    }

    /// <summary>Whether a name is already snake_case: lower-case letters, digits and single inner underscores.</summary>
    public static bool IsSnakeCase(string name)
    {
        if (name.Length == 0 || name[0] == '_' || name[name.Length - 1] == '_')
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '_' && name[i - 1] != '_');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private enum Kind
    {
        Start,
        Upper,
        Lower,
        Digit,
        Separator,
    }
}
