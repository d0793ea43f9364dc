using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// A SchemaGen rule that reports where <see cref="RuleContext"/>'s <c>Report</c> cannot: on an attribute
/// application it picks itself, with additional locations the code fix edits (an initializer, the foreign keys
/// that follow a key), or with several properties for the fix. It reads the same shared parser output
/// (<see cref="SchemaCompilation"/>, through <see cref="RuleContext"/>) as <see cref="SchemaRuleAnalyzer"/>;
/// only the reporting differs. Rules that report on a class or property name with at most one suggestion
/// derive from <see cref="SchemaRuleAnalyzer"/> instead.
/// </summary>
public abstract class SourceRuleAnalyzer : SchemaRuleAnalyzer
{
    private protected SourceRuleAnalyzer(params DiagnosticDescriptor[] descriptors)
        : base(descriptors)
    {
    }

    private protected sealed override void Analyze(RuleContext context) => Analyze(context, new SourceReporter(context.SymbolContext));

    private protected abstract void Analyze(RuleContext rule, SourceReporter reporter);
}

/// <summary>
/// Reports a diagnostic at any source location, with additional locations and properties for the code fix.
/// Locations come from <see cref="RuleContext"/> (<c>PropertyLocation</c>, <c>AttributeLocation</c>, <c>ClassLocation</c>).
/// </summary>
internal readonly struct SourceReporter
{
    private readonly SymbolAnalysisContext _context;

    public SourceReporter(SymbolAnalysisContext context) => _context = context;

    public Compilation Compilation => _context.Compilation;

    public CancellationToken CancellationToken => _context.CancellationToken;

    public void Report(
        DiagnosticDescriptor descriptor,
        Location location,
        IEnumerable<Location>? additionalLocations,
        ImmutableDictionary<string, string?>? properties,
        params object[] arguments)
        => _context.ReportDiagnostic(Diagnostic.Create(descriptor, location, additionalLocations, properties, arguments));
}
