using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Analyzers;

/// <summary>One entity under judgement, and the way to report on it with a real location.</summary>
internal readonly struct RuleContext
{
    /// <summary>The diagnostic property that carries a suggested replacement to the code fix.</summary>
    public const string SuggestionKey = "Suggestion";

    private readonly SymbolAnalysisContext _context;

    public RuleContext(SymbolAnalysisContext context, INamedTypeSymbol type, ResolvedEntity entity, SchemaCompilation schema)
    {
        _context = context;
        Type = type;
        Entity = entity;
        Schema = schema;
    }

    public INamedTypeSymbol Type { get; }

    public ResolvedEntity Entity { get; }

    public SchemaCompilation Schema { get; }

    public EntitySpec Spec => Entity.Spec;

    public SchemaDirectory Directory => Schema.Directory(_context.CancellationToken);

    public void Report(DiagnosticDescriptor descriptor, ProblemTarget target, string member, string? suggestion, params object[] arguments)
    {
        var properties = suggestion is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(SuggestionKey, suggestion);
        _context.ReportDiagnostic(Diagnostic.Create(descriptor, Locate(target, member), properties, arguments));
    }

    public void ReportOnClass(DiagnosticDescriptor descriptor, params object[] arguments)
        => Report(descriptor, ProblemTarget.Class, string.Empty, null, arguments);

    public void ReportOnProperty(DiagnosticDescriptor descriptor, string property, params object[] arguments)
        => Report(descriptor, ProblemTarget.Property, property, null, arguments);

    /// <summary>Reports the resolver's problems that carry one of the given IDs.</summary>
    public void ReportProblems(params DiagnosticDescriptor[] descriptors)
    {
        foreach (var problem in Entity.Problems)
        {
            var descriptor = descriptors.FirstOrDefault(d => d.Id == problem.Id);
            if (descriptor is not null)
            {
                Report(descriptor, problem.Target, problem.Member, problem.Suggestion, problem.Arguments.Cast<object>().ToArray());
            }
        }
    }

    /// <summary>
    /// The class's name, a property's name, or a class attribute (by its first argument), in source;
    /// the class's name when the member is declared outside this compilation.
    /// </summary>
    private Location Locate(ProblemTarget target, string member)
    {
        var classLocation = Type.Locations.FirstOrDefault(l => l.IsInSource) ?? Location.None;
        switch (target)
        {
            case ProblemTarget.Property:
                for (var type = Type; type is not null; type = type.BaseType)
                {
                    foreach (var candidate in type.GetMembers(member))
                    {
                        if (candidate is IPropertySymbol && candidate.Locations.FirstOrDefault(l => l.IsInSource) is { } location)
                        {
                            return location;
                        }
                    }
                }

                return classLocation;
            case ProblemTarget.ClassAttribute:
                foreach (var attribute in Type.GetAttributes())
                {
                    if (attribute.ConstructorArguments.Length > 0
                        && attribute.ConstructorArguments[0].Value as string == member
                        && attribute.ApplicationSyntaxReference is { } reference)
                    {
                        return reference.SyntaxTree.GetLocation(reference.Span);
                    }
                }

                return classLocation;
            default:
                return classLocation;
        }
    }
}
