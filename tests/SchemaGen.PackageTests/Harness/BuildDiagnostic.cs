using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace SchemaGen.PackageTests.Harness;

/// <summary>
/// One diagnostic line of MSBuild's console logger:
/// <c>/tmp/x/Models/Shop.cs(24,17): warning SG1002: Foreign key ... [/tmp/x/Mistakes.csproj]</c>.
/// </summary>
/// <param name="File">The full path of the source file.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Severity"><c>error</c>, <c>warning</c> or <c>info</c>.</param>
/// <param name="Id">The diagnostic ID, e.g. <c>SG1002</c>.</param>
/// <param name="Message">The message (with the help link, as the compiler prints it).</param>
public sealed partial record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    /// <summary>
    /// The distinct diagnostics in <paramref name="output"/> (the console logger repeats each one in its summary), in the
    /// order they first appear.
    /// </summary>
    public static IReadOnlyList<BuildDiagnostic> Parse(string output) =>
        output.Split('\n')
            .Select(line => Pattern().Match(line.TrimEnd('\r')))
            .Where(match => match.Success)
            .Select(match => new BuildDiagnostic(
                match.Groups["file"].Value.Trim(),
                int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture),
                match.Groups["severity"].Value,
                match.Groups["id"].Value,
                match.Groups["message"].Value))
            .Distinct()
            .ToList();

    /// <summary>The diagnostic as the build printed it, without the project: for assertion messages.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(File)}({Line},{Column}): {Severity} {Id}: {Message}");

    [GeneratedRegex(@"^\s*(?<file>\S[^(]*?)\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\): (?<severity>error|warning|info) (?<id>[A-Za-z]+\d+): (?<message>.*?)(?: \[[^\[\]]+\])?$")]
    private static partial Regex Pattern();
}

/// <summary>Where an identifier sits in a source file, the way the compiler reports it.</summary>
public static class SourceText
{
    /// <summary>
    /// The 1-based line and column of <paramref name="identifier"/> inside the first occurrence of
    /// <paramref name="context"/> (e.g. <c>"class AuditEntry"</c>, <c>"AuditEntry"</c>) in <paramref name="text"/>.
    /// </summary>
    public static (int Line, int Column) Locate(string text, string context, string identifier)
    {
        var start = text.IndexOf(context, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{context}' does not occur in the source.", nameof(context));
        }

        var offset = text.IndexOf(identifier, start, StringComparison.Ordinal);
        if (offset < 0 || offset >= start + context.Length)
        {
            throw new ArgumentException($"'{identifier}' does not occur in '{context}'.", nameof(identifier));
        }

        var before = text[..offset];
        var line = before.Count(c => c == '\n') + 1;
        var column = offset - (before.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }
}
