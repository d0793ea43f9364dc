using System.Collections.Immutable;
using System.Composition;
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
/// SG2009: <c>DateTime.Now</c> becomes <c>DateTime.UtcNow</c>, <c>DateTime.Today</c> becomes <c>DateTime.UtcNow.Date</c>,
/// <c>DateTimeOffset.Now</c> becomes <c>DateTimeOffset.UtcNow</c>, however the type is written (<c>System.DateTime</c>,
/// or <c>Now</c> alone under <c>using static System.DateTime;</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseUtcNowCodeFix))]
[Shared]
public sealed class UseUtcNowCodeFix : CodeFixProvider
{
    /// <summary>Groups this fix for Fix All.</summary>
    public const string EquivalenceKey = "SchemaGen.SG2009.UseUtcNow";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.LocalDateTime);

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
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node is not (MemberAccessExpressionSyntax or IdentifierNameSyntax)
                || !diagnostic.Properties.TryGetValue(LocalDateTimeAnalyzer.ReplacementKey, out var replacement) || replacement is null)
            {
                continue;
            }

            var expression = (ExpressionSyntax)node;
            context.RegisterCodeFix(
                CodeAction.Create("Use " + replacement, token => ReplaceAsync(context.Document, expression, replacement, token), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax clock, string replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var utcNow = SyntaxFactory.IdentifierName("UtcNow");
        ExpressionSyntax updated = clock is MemberAccessExpressionSyntax access
            ? access.WithName(utcNow.WithTriviaFrom(access.Name))
            : utcNow;
        if (replacement.EndsWith(".Date", System.StringComparison.Ordinal))
        {
            updated = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, updated.WithoutTrivia(), SyntaxFactory.IdentifierName("Date"));
        }

        return document.WithSyntaxRoot(root.ReplaceNode(clock, updated.WithTriviaFrom(clock)));
    }
}
