using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SchemaGen.Benchmarks;

/// <summary>
/// The floor under any generator that reads <c>[Entity]</c> classes through symbols: <c>ForAttributeWithMetadataName</c>
/// with a transform that only touches what every such generator must (the class's attributes, which the provider binds
/// to match them, and with <paramref name="members"/> its members, their attributes and types), and no output.
/// </summary>
internal sealed class FloorGenerator(bool members) : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var touched = context.SyntaxProvider.ForAttributeWithMetadataName(
            "SchemaGen.EntityAttribute",
            static (node, _) => node is ClassDeclarationSyntax,
            (source, _) =>
            {
                var count = 0;
                if (members)
                {
                    foreach (var member in ((INamedTypeSymbol)source.TargetSymbol).GetMembers())
                    {
                        count += member.GetAttributes().Length;
                        if (member is IPropertySymbol property)
                        {
                            count += property.Type.Name.Length;
                        }
                    }
                }

                return count;
            });
        context.RegisterSourceOutput(touched.Collect(), static (_, _) => { });
    }
}

/// <summary>
/// An analyzer that does nothing, so that the analyzer driver's own machinery runs: compilation events, symbol,
/// syntax-node and operation dispatch (which builds the operation trees of every method). A real build always runs
/// it: the SDK's own analyzers are on in every .NET 5+ project, and several subscribe to all of these (CA2252 among
/// them). SchemaGen's analyzers are measured as what they add on top of it. With <c>symbolsOnly</c> it only subscribes
/// to classes, as one more analyzer would: the report's <c>noop-analyzers</c> measure adds thirty of those.
/// </summary>
#pragma warning disable RS1001 // handed to WithAnalyzers directly, never loaded by a compiler
internal sealed class DriverBaselineAnalyzer(DiagnosticDescriptor rule, bool symbolsOnly = false) : DiagnosticAnalyzer
#pragma warning restore RS1001
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        if (symbolsOnly)
        {
            context.RegisterCompilationStartAction(static start => start.RegisterSymbolAction(static _ => { }, SymbolKind.NamedType));
            return;
        }

        context.RegisterSymbolAction(static _ => { }, SymbolKind.NamedType, SymbolKind.Property);
        context.RegisterSyntaxNodeAction(static _ => { }, SyntaxKind.SimpleMemberAccessExpression);
        context.RegisterOperationAction(static _ => { }, OperationKind.SimpleAssignment, OperationKind.Invocation);
    }
}
