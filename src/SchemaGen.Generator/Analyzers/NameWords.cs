using System;
using System.Collections.Generic;
using SchemaGen.Generator.Naming;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// The words of a C# or SQL name, in lower case, split the way snake_case splits them
/// (<c>ApiKey</c>, <c>api_key</c> and <c>APIKey</c> are all <c>api key</c>), so rules match whole words and
/// never substrings (<c>Tokenizer</c> is not <c>token</c>).
/// </summary>
internal static class NameWords
{
    public static List<string> Split(string name)
    {
        var words = new List<string>();
        foreach (var word in SnakeCase.Convert(name).Split('_'))
        {
            if (word.Length > 0)
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return words;
    }

    /// <summary>Where a phrase (one or more words) starts in <paramref name="words"/>, from <paramref name="from"/>, or -1.</summary>
    public static int IndexOf(IReadOnlyList<string> words, string[] phrase, int from = 0)
    {
        for (var i = from; i + phrase.Length <= words.Count; i++)
        {
            var match = true;
            for (var j = 0; j < phrase.Length && match; j++)
            {
                match = string.Equals(words[i + j], phrase[j], StringComparison.Ordinal);
            }

            if (match)
            {
                return i;
            }
        }

        return -1;
    }
}
