using System.Collections.Generic;
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
/// SG2003: replaces the column name that does not exist, wherever the index lists it (its columns or
/// <c>Include</c>), with the closest existing one.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseSuggestedIndexColumnCodeFix))]
[Shared]
public sealed class UseSuggestedIndexColumnCodeFix : CodeFixProvider
{
    /// <summary>Groups this fix for Fix All.</summary>
    public const string EquivalenceKey = "SchemaGen.SG2003.UseSuggestion";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnknownIndexColumn);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(RuleContext.SuggestionKey, out var suggestion) && suggestion is not null
                && diagnostic.Properties.TryGetValue(ResolverProblemAnalyzer.UnknownKey, out var unknown) && unknown is not null
                && AttributeEditor.AttributeAt(root, diagnostic.Location.SourceSpan) is { } attribute
                && Literals(attribute, unknown).Any())
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use '" + suggestion + "' instead of '" + unknown + "'",
                        token => ReplaceAsync(context.Document, attribute, unknown, suggestion, token),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static IEnumerable<LiteralExpressionSyntax> Literals(AttributeSyntax attribute, string value)
        => attribute.DescendantNodes()
            .OfType<LiteralExpressionSyntax>()
            .Where(l => l.IsKind(SyntaxKind.StringLiteralExpression) && l.Token.ValueText == value);

    private static async Task<Document> ReplaceAsync(Document document, AttributeSyntax attribute, string unknown, string suggestion, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var updated = attribute.ReplaceNodes(Literals(attribute, unknown), (old, _) => AttributeEditor.String(suggestion).WithTriviaFrom(old));
        return document.WithSyntaxRoot(root.ReplaceNode(attribute, updated));
    }
}
