using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Diagnostics;

namespace SchemaGen.CodeFixes;

/// <summary>
/// SG3008: replaces each <c>Guid.NewGuid()</c> key default (the diagnostic's additional locations) with
/// <c>Guid.CreateVersion7()</c> when the target framework has it (.NET 9 and later), and otherwise removes the
/// default (the property initializer, or the constructor statement), so that Npgsql generates a UUIDv7 when the
/// entity is added.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TimeOrderedGuidCodeFix))]
[Shared]
public sealed class TimeOrderedGuidCodeFix : CodeFixProvider
{
    /// <summary>Groups the <c>Guid.CreateVersion7()</c> fix for Fix All.</summary>
    public const string CreateVersion7EquivalenceKey = "SchemaGen.SG3008.CreateVersion7";

    /// <summary>Groups the remove-the-default fix for Fix All.</summary>
    public const string RemoveDefaultEquivalenceKey = "SchemaGen.SG3008.RemoveDefault";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.RandomGuidDefault);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.AdditionalLocations.Count == 0 || !diagnostic.Properties.TryGetValue(FixProperties.GuidFix, out var fix))
            {
                continue;
            }

            var createVersion7 = fix == FixProperties.GuidCreateVersion7;
            context.RegisterCodeFix(
                CodeAction.Create(
                    createVersion7 ? "Use Guid.CreateVersion7()" : "Remove the Guid.NewGuid() default (Npgsql generates a UUIDv7)",
                    token => FixAsync(context.Document.Project.Solution, diagnostic, createVersion7, token),
                    createVersion7 ? CreateVersion7EquivalenceKey : RemoveDefaultEquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Solution> FixAsync(Solution solution, Diagnostic diagnostic, bool createVersion7, CancellationToken cancellationToken)
    {
        foreach (var group in diagnostic.AdditionalLocations.Where(l => l.IsInSource).GroupBy(l => l.SourceTree))
        {
            if (group.Key is null || solution.GetDocument(group.Key) is not { } document
                || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root)
            {
                continue;
            }

            var calls = group
                .Where(l => root.FullSpan.Contains(l.SourceSpan))
                .Select(l => root.FindNode(l.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault())
                .Where(call => call is not null && RandomGuidDefaultAnalyzer.IsNewGuid(call))
                .Cast<InvocationExpressionSyntax>()
                .Distinct()
                .ToList();
            root = createVersion7 ? UseCreateVersion7(root, calls) : RemoveDefaults(root, calls);
            solution = solution.WithDocumentSyntaxRoot(document.Id, root);
        }

        return solution;
    }

    private static SyntaxNode UseCreateVersion7(SyntaxNode root, System.Collections.Generic.List<InvocationExpressionSyntax> calls)
        => root.ReplaceNodes(
            calls.Select(call => ((MemberAccessExpressionSyntax)call.Expression).Name),
            (original, _) => SyntaxFactory.IdentifierName("CreateVersion7").WithTriviaFrom(original));

    private static SyntaxNode RemoveDefaults(SyntaxNode root, System.Collections.Generic.List<InvocationExpressionSyntax> calls)
    {
        root = root.TrackNodes(calls);
        foreach (var original in calls)
        {
            var call = root.GetCurrentNode(original);
            switch (call?.Parent)
            {
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                    root = root.ReplaceNode(property, PropertyEdits.RemoveInitializer(property));
                    break;
                case AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax statement }:
                    root = root.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia) ?? root;
                    break;
                case AssignmentExpressionSyntax { Parent: ArrowExpressionClauseSyntax { Parent: ConstructorDeclarationSyntax constructor } }:
                    var empty = constructor
                        .WithExpressionBody(null)
                        .WithSemicolonToken(default)
                        .WithBody(SyntaxFactory.Block().WithTrailingTrivia(constructor.SemicolonToken.TrailingTrivia));
                    root = root.ReplaceNode(constructor, empty);
                    break;
            }
        }

        return root;
    }
}
