using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Tests.Meta;

/// <summary>Every descriptor has a doc page, a help link, a category and a release-tracking entry, and is reported by an analyzer.</summary>
public sealed class DescriptorTests
{
    public static TheoryData<string> Ids => new(Descriptors.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Has_a_doc_page_with_the_required_sections(string id)
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md");
        Assert.True(File.Exists(path), $"docs/rules/{id}.md is missing");
        var text = File.ReadAllText(path);
        Assert.StartsWith("# " + id + ":", text);
        foreach (var section in new[] { "## Cause", "## Example", "## How to fix", "## When to suppress" })
        {
            Assert.Contains(section, text);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Has_help_link_category_and_release_entry(string id)
    {
        var descriptor = Descriptors.ById(id)!;
        Assert.Equal(Descriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        Assert.StartsWith("SchemaGen.", descriptor.Category);
        Assert.True(descriptor.IsEnabledByDefault);

        var releases = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "SchemaGen.Generator", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "SchemaGen.Generator", "AnalyzerReleases.Shipped.md"));
        var line = releases.Split('\n').FirstOrDefault(l => l.StartsWith(id + " ", StringComparison.Ordinal));
        Assert.NotNull(line);
        Assert.Contains(descriptor.Category, line);
        Assert.Contains(descriptor.DefaultSeverity.ToString(), line);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Is_reported_by_an_analyzer(string id)
    {
        Assert.Contains(Analyzer.All.SelectMany(a => a.SupportedDiagnostics), d => d.Id == id);
    }

    [Fact]
    public void The_rules_analyzer_runs_every_rule_once()
    {
        var ruleTypes = typeof(SchemaRuleAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(SchemaRuleAnalyzer).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        var hosted = new SchemaRulesAnalyzer().Rules.Select(r => r.GetType()).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        Assert.Equal(ruleTypes, hosted);

        // Besides the rules host, only the analyzers that need other actions than one per entity class are loaded.
        var loaded = Analyzer.All.Select(a => a.GetType().Name).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(new[] { nameof(LocalDateTimeAnalyzer), nameof(SchemaRulesAnalyzer), nameof(UnmappableEntityAnalyzer) }, loaded);
    }

    [Fact]
    public void Ids_are_unique_and_the_README_links_every_rule()
    {
        Assert.Equal(Descriptors.All.Length, Descriptors.All.Select(d => d.Id).Distinct().Count());
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        Assert.All(Descriptors.All, d => Assert.Contains("(docs/rules/" + d.Id + ".md)", readme));
    }

    internal static string RepositoryRoot()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "SchemaGen.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("Cannot find SchemaGen.sln above " + AppContext.BaseDirectory);
    }
}
