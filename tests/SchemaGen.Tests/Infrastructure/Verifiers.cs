using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SchemaGen.Generator.Analyzers;

namespace SchemaGen.Tests.Infrastructure;

/// <summary>Analyzer tests with Microsoft.CodeAnalysis.Testing, on this machine's framework references (no download).</summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : new()
{
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new RuleAnalyzerTest<TAnalyzer> { TestCode = source };
        TestSetup.Configure(test.TestState, test);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }
}

/// <summary>Code-fix tests: the fix applied once, and Fix All in document, project and solution scope.</summary>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static Task VerifyAsync(string source, string fixedSource, params DiagnosticResult[] expected)
        => VerifyAsync(source, fixedSource, null, expected);

    public static Task VerifyAsync(string source, string fixedSource, string? equivalenceKey, params DiagnosticResult[] expected)
    {
        var test = new RuleCodeFixTest<TAnalyzer, TCodeFix>
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        TestSetup.Configure(test.TestState, test);
        TestSetup.Configure(test.FixedState, null);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }
}

/// <summary>
/// The <c>DiagnosticAnalyzer</c> that runs an analyzer or a rule: the analyzer itself, or for a schema rule
/// (<see cref="SchemaRuleAnalyzer"/>) the rules host, <see cref="SchemaRulesAnalyzer"/>, with that rule only. The compiler
/// loads the host with every rule; a test of one rule sees only that rule's diagnostics.
/// </summary>
internal static class Analyzer
{
    /// <summary>Every analyzer the compiler loads from SchemaGen's analyzer assembly, one instance each.</summary>
    public static readonly ImmutableArray<DiagnosticAnalyzer> All = typeof(SchemaRulesAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static DiagnosticAnalyzer For(object analyzerOrRule) => analyzerOrRule switch
    {
        DiagnosticAnalyzer analyzer => analyzer,
        SchemaRuleAnalyzer rule => new SchemaRulesAnalyzer(rule),
        _ => throw new ArgumentException($"{analyzerOrRule.GetType().Name} is neither an analyzer nor a schema rule"),
    };

    public static DiagnosticAnalyzer For<TAnalyzer>()
        where TAnalyzer : new()
        => For(new TAnalyzer()!);
}

/// <summary>An analyzer test of one analyzer or one schema rule (see <see cref="Analyzer"/>).</summary>
internal sealed class RuleAnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<SchemaRulesAnalyzer, DefaultVerifier>
    where TAnalyzer : new()
{
    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => new[] { Analyzer.For<TAnalyzer>() };
}

/// <summary>A code-fix test of one analyzer or one schema rule (see <see cref="Analyzer"/>).</summary>
internal sealed class RuleCodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<SchemaRulesAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : new()
    where TCodeFix : CodeFixProvider, new()
{
    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => new[] { Analyzer.For<TAnalyzer>() };
}

internal static class TestSetup
{
    public static void Configure(SolutionState state, AnalyzerTest<DefaultVerifier>? test)
    {
        if (test is not null)
        {
            // Empty package set: the references below come from the installed SDK, not from a download.
            test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            test.SolutionTransforms.Add((solution, projectId) =>
            {
                var project = solution.GetProject(projectId)!;
                var parseOptions = ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp12);
                var compilationOptions = ((CSharpCompilationOptions)project.CompilationOptions!).WithNullableContextOptions(NullableContextOptions.Enable);
                return solution.WithProjectParseOptions(projectId, parseOptions).WithProjectCompilationOptions(projectId, compilationOptions);
            });
        }

        state.AdditionalReferences.AddRange(References.All);
    }
}
