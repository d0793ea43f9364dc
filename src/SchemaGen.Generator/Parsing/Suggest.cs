using System;
using System.Collections.Generic;

namespace SchemaGen.Generator.Parsing;

/// <summary>Finds the closest existing name to a misspelt one (edit distance, case-insensitive).</summary>
internal static class Suggest
{
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // A suggestion that shares nothing with what was typed helps nobody.
        return best is not null && bestDistance <= Math.Max(2, typed.Length / 2) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
