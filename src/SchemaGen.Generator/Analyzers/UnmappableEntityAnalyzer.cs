using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG0001: an <c>[Entity]</c> class the generator must skip (static, generic, or nested in a class that generated
/// code cannot name). The generator never fails on it; this analyzer says why the class has no configuration.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnmappableEntityAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnmappableEntity);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(Analyze, SymbolKind.NamedType);
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.TypeKind != TypeKind.Class || SchemaParser.IsMappable(type) || !type.HasAttribute(KnownNames.SchemaGenNamespace, KnownNames.Entity))
        {
            return;
        }

        var (reason, fix) = type.IsStatic ? ("it is static", "Remove 'static': EF Core maps instances.")
            : type.IsGenericType ? ("it is generic", "Map a closed, non-generic class that derives from it instead.")
            : ("it is nested in a private or protected class, which generated code cannot name", "Make the enclosing classes internal or public, or move the entity out.");
        var location = type.Locations.FirstOrDefault(l => l.IsInSource) ?? Location.None;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnmappableEntity, location, type.Name, reason, fix));
    }
}
