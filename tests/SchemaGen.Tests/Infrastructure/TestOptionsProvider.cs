using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SchemaGen.Tests.Infrastructure;

/// <summary>MSBuild properties as the compiler sees them (<c>build_property.X</c>), for generator runs.</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Options _global;

    public TestOptionsProvider(IReadOnlyDictionary<string, string>? buildProperties)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string>();
        foreach (var pair in buildProperties ?? new Dictionary<string, string>())
        {
            builder["build_property." + pair.Key] = pair.Value;
        }

        _global = new Options(builder.ToImmutable());
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
