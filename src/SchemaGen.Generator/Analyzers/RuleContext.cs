using System.Collections.Immutable;
using System.Linq;
using System.Threading;
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

    /// <summary>The cancellation token of the symbol action.</summary>
    public CancellationToken CancellationToken => _context.CancellationToken;

    /// <summary>The analysis context, for rules that report with additional locations (<see cref="SourceReporter"/>).</summary>
    internal SymbolAnalysisContext SymbolContext => _context;

    /// <summary>The class's name in source, or <see cref="Location.None"/>.</summary>
    public Location ClassLocation => Type.Locations.FirstOrDefault(l => l.IsInSource) ?? Location.None;

    /// <summary>Where a problem's target sits in source (see <see cref="Report"/>).</summary>
    public Location LocationOf(ProblemTarget target, string member) => Locate(target, member);

    /// <summary>A property's name in source (the entity's own or a base class's), or the class's name.</summary>
    public Location PropertyLocation(string property) => Locate(ProblemTarget.Property, property);

    /// <summary>An attribute application in source (<c>TableIndex(...)</c>, without the brackets), or the class's name.</summary>
    public Location AttributeLocation(AttributeData attribute)
        => attribute.ApplicationSyntaxReference is { } reference
            ? reference.SyntaxTree.GetLocation(reference.Span)
            : ClassLocation;

    /// <summary>A property of the entity or of a base class, by name, as the parser saw it.</summary>
    public IPropertySymbol? FindProperty(string name)
    {
        for (var type = Type; type is not null; type = type.BaseType)
        {
            foreach (var member in type.GetMembers(name))
            {
                if (member is IPropertySymbol { IsStatic: false } property)
                {
                    return property;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether this entity is the one to report on a property: a property the entity declares itself, or
    /// one inherited from a class that is no entity, judged once, by the first entity (by name) that inherits
    /// it. A property of a base entity is that entity's to report. This keeps a shared base class's
    /// diagnostics single.
    /// </summary>
    public bool Judges(string propertyName)
    {
        var property = FindProperty(propertyName);
        if (property is null || SymbolEqualityComparer.Default.Equals(property.ContainingType, Type))
        {
            return property is not null;
        }

        var owner = property.ContainingType;
        if (owner.HasAttribute(KnownNames.SchemaGenNamespace, KnownNames.Entity))
        {
            return false;
        }

        return SymbolEqualityComparer.Default.Equals(Schema.FirstEntityDerivingFrom(owner, CancellationToken), Type);
    }

    /// <summary>Reports at a location with diagnostic properties for the code fix.</summary>
    public void ReportAt(DiagnosticDescriptor descriptor, Location location, ImmutableDictionary<string, string?>? properties, params object[] arguments)
        => _context.ReportDiagnostic(Diagnostic.Create(descriptor, location, properties ?? ImmutableDictionary<string, string?>.Empty, arguments));

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
