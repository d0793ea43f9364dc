using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Humanizer;

namespace SchemaGen.Generator.Naming;

/// <summary>
/// Plural detection for table names, on real English (<c>people</c>, <c>categories</c>, <c>statuses</c>),
/// through Humanizer's inflector. Only the last word of a name counts: <c>UserAccounts</c> and
/// <c>user_accounts</c> are plural, <c>NewsItem</c> is not.
/// </summary>
internal static class Inflection
{
    /// <summary>Mass nouns that Humanizer would singularise but that name a singular thing in a schema.</summary>
    private static readonly HashSet<string> MassNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "data", "metadata", "media", "analytics", "statistics", "physics", "logistics", "graphics",
    };

    /// <summary>
    /// Humanizer's answer per word. Humanizer tries its rules one regular expression at a time (about 0.05 ms a word),
    /// and the analyzers ask again for every table on every edit; a table's last word rarely changes. Bounded, so that
    /// a long IDE session cannot grow it without limit.
    /// </summary>
    private static readonly ConcurrentDictionary<string, string> Singulars = new(StringComparer.Ordinal);

    private const int MaxRemembered = 8192;

    private static int _remembered;

    /// <summary>The name with its last word in the singular, or null when the name is not plural.</summary>
    public static string? SingularOfName(string name)
    {
        var start = LastWordStart(name);
        var word = name.Substring(start);
        if (word.Length < 3 || MassNouns.Contains(word))
        {
            return null;
        }

        var singular = Singular(word);
        if (string.IsNullOrEmpty(singular) || string.Equals(singular, word, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // Humanizer keeps the case of the first letter only; keep the rest of the word's casing.
        if (char.IsUpper(word[0]) && singular.Length > 0)
        {
            singular = char.ToUpperInvariant(singular[0]) + singular.Substring(1);
        }

        return name.Substring(0, start) + singular;
    }

    private static string Singular(string word)
    {
        if (Singulars.TryGetValue(word, out var known))
        {
            return known;
        }

        var singular = word.Singularize(inputIsKnownToBePlural: false) ?? string.Empty;
        if (Interlocked.Increment(ref _remembered) > MaxRemembered)
        {
            // ConcurrentDictionary.Count takes every lock; a counter is enough to bound the size.
            Singulars.Clear();
            Interlocked.Exchange(ref _remembered, 0);
        }

        Singulars[word] = singular;
        return singular;
    }

    private static int LastWordStart(string name)
    {
        for (var i = name.Length - 1; i > 0; i--)
        {
            var c = name[i];
            if (c == '_' || c == '-' || c == ' ')
            {
                return i + 1;
            }

            if (char.IsUpper(c) && char.IsLower(name[i - 1]))
            {
                return i;
            }
        }

        return 0;
    }
}
