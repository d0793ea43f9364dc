using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// The shape every SchemaGen rule shares: on each <c>[Entity]</c> class, read the shared parser output and judge
/// it. A rule only says what it checks. Rules are not loaded by the compiler one by one: <see cref="SchemaRulesAnalyzer"/>
/// is the one <c>DiagnosticAnalyzer</c> that runs them all, in one pass over the entity classes.
/// </summary>
public abstract class SchemaRuleAnalyzer
{
    private protected SchemaRuleAnalyzer(params DiagnosticDescriptor[] descriptors)
        => SupportedDiagnostics = ImmutableArray.Create(descriptors);

    /// <summary>The diagnostics this rule reports.</summary>
    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    internal void Run(RuleContext context) => Analyze(context);

    private protected abstract void Analyze(RuleContext context);
}
