using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// The shape every SchemaGen rule shares: on each <c>[Entity]</c> class, read the shared parser output
/// and judge it. A rule only says what it checks.
/// </summary>
public abstract class SchemaRuleAnalyzer : DiagnosticAnalyzer
{
    private protected SchemaRuleAnalyzer(params DiagnosticDescriptor[] descriptors)
        => SupportedDiagnostics = ImmutableArray.Create(descriptors);

    /// <inheritdoc/>
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <inheritdoc/>
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(KnownNames.EntityAttribute) is null)
            {
                return;
            }

            var schema = SchemaCompilation.For(start.Compilation, start.Options);
            start.RegisterSymbolAction(
                symbolContext =>
                {
                    var type = (INamedTypeSymbol)symbolContext.Symbol;
                    if (type.TypeKind != TypeKind.Class || !type.HasAttribute(KnownNames.SchemaGenNamespace, KnownNames.Entity))
                    {
                        return;
                    }

                    if (schema.Get(type, symbolContext.CancellationToken) is { } entity)
                    {
                        Analyze(new RuleContext(symbolContext, type, entity, schema));
                    }
                },
                SymbolKind.NamedType);
        });
    }

    private protected abstract void Analyze(RuleContext context);
}
