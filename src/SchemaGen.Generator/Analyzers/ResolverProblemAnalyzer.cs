using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG2001, SG2002, SG2003: references that do not resolve (a foreign key to nothing, a foreign key of the
/// wrong type, an index over a column that does not exist). The resolver finds them; the generator skips
/// what it cannot resolve, and this analyzer says why.
/// </summary>
public sealed class ResolverProblemAnalyzer : SchemaRuleAnalyzer
{
    /// <summary>Diagnostic property of SG2003: the column name as written, which the fix replaces.</summary>
    public const string UnknownKey = "Unknown";

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

    private protected override void Analyze(RuleContext context)
    {
        foreach (var problem in context.Entity.Problems)
        {
            var descriptor = Reported.FirstOrDefault(d => d.Id == problem.Id);
            if (descriptor is null)
            {
                continue;
            }

            var arguments = problem.Arguments.Cast<object>().ToArray();
            if (problem.Id == DiagnosticIds.UnknownIndexColumn && problem.Arguments.Count > 1)
            {
                // Arguments: index, unknown column, table, hint.
                var unknown = problem.Arguments[1];
                var properties = ImmutableDictionary<string, string?>.Empty.Add(UnknownKey, unknown);
                if (problem.Suggestion is { } suggestion)
                {
                    properties = properties.Add(RuleContext.SuggestionKey, suggestion);
                }

                var attribute = DeclaredAttributes.Indexes(context.Type, context.Spec)
                    .Where(pair => (pair.Spec.ExplicitName ?? string.Empty) == problem.Member
                        && (pair.Spec.Columns.Contains(unknown) || pair.Spec.Include.Contains(unknown)))
                    .Select(pair => pair.Attribute)
                    .FirstOrDefault();
                var location = attribute is null ? context.LocationOf(problem.Target, problem.Member) : context.AttributeLocation(attribute);
                context.ReportAt(descriptor, location, properties, arguments);
                continue;
            }

            context.Report(descriptor, problem.Target, problem.Member, problem.Suggestion, arguments);
        }
    }
}
