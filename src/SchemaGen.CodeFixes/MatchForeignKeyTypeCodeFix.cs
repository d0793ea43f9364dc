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
/// SG2002: gives the foreign-key property the type of the key it references, keeping its <c>?</c>. An initializer
/// of the old type is dropped (a <c>string</c> gets <c>= ""</c>, so a non-nullable one stays initialized).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MatchForeignKeyTypeCodeFix))]
[Shared]
public sealed class MatchForeignKeyTypeCodeFix : CodeFixProvider
{
    /// <summary>Groups this fix for Fix All.</summary>
    public const string EquivalenceKey = "SchemaGen.SG2002.ChangeType";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ForeignKeyTypeMismatch);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(RuleContext.SuggestionKey, out var type) && type is not null
                && Members.PropertyAt(root, diagnostic.Location.SourceSpan) is { } property)
            {
                var shown = type.StartsWith("global::", System.StringComparison.Ordinal) ? type.Substring("global::".Length) : type;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Change the type to '" + shown + "'",
                        token => ChangeTypeAsync(context.Document, property, type, token),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> ChangeTypeAsync(Document document, PropertyDeclarationSyntax property, string type, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        TypeSyntax newType = AttributeEditor.SimplifiedType(type);
        var nullable = property.Type is NullableTypeSyntax;
        if (nullable)
        {
            newType = SyntaxFactory.NullableType(newType);
        }

        var updated = property.WithType(newType.WithTriviaFrom(property.Type));
        if (type == "string" && !nullable)
        {
            updated = updated
                .WithInitializer(SyntaxFactory.EqualsValueClause(AttributeEditor.String(string.Empty)).WithLeadingTrivia(SyntaxFactory.Space))
                .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken).WithTrailingTrivia(property.GetTrailingTrivia()));
            updated = updated.WithAccessorList(updated.AccessorList?.WithTrailingTrivia(SyntaxFactory.Space));
        }
        else if (property.Initializer is not null)
        {
            updated = updated
                .WithInitializer(null)
                .WithSemicolonToken(default)
                .WithAccessorList(updated.AccessorList?.WithTrailingTrivia(property.GetTrailingTrivia()));
        }

        return document.WithSyntaxRoot(root.ReplaceNode(property, updated));
    }
}
