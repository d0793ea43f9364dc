using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Diagnostics;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG2001, SG2002, SG2003: references that do not resolve (a foreign key to nothing, a foreign key of the
/// wrong type, an index over a column that does not exist). The resolver finds them; the generator skips
/// what it cannot resolve, and this analyzer says why.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ResolverProblemAnalyzer : SchemaRuleAnalyzer
{
    private static readonly DiagnosticDescriptor[] Reported =
    {
        Descriptors.UnresolvedForeignKey,
        Descriptors.ForeignKeyTypeMismatch,
        Descriptors.UnknownIndexColumn,
    };

    /// <summary>Creates the analyzer.</summary>
    public ResolverProblemAnalyzer()
        : base(Reported)
    {
    }

    private protected override void Analyze(RuleContext context) => context.ReportProblems(Reported);
}
