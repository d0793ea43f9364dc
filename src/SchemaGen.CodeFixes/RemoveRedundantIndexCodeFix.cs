using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Diagnostics;

namespace SchemaGen.CodeFixes;

/// <summary>
/// SG3007: removes a redundant index: the <c>[TableIndex]</c> or EF <c>[Index]</c> attribute the diagnostic sits on,
/// or <c>Index = true</c> and <c>Unique = true</c> from the <c>[Field]</c> of the property it sits on (the
/// <c>[Field]</c> itself stays). Fix All goes document by document, so that two redundant indexes declared in one
/// attribute list are both removed.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveRedundantIndexCodeFix))]
[Shared]
public sealed class RemoveRedundantIndexCodeFix : CodeFixProvider
{
    /// <summary>Groups this fix for Fix All.</summary>
    public const string EquivalenceKey = "SchemaGen.SG3007.RemoveIndex";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.RedundantIndex);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => FixAll.Instance;

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
            if (Target(root, diagnostic) is not { } target)
            {
                continue;
            }

            var title = target is AttributeSyntax ? "Remove the redundant index" : "Remove the redundant index from [Field]";
            context.RegisterCodeFix(
                CodeAction.Create(title, token => RemoveAsync(context.Document, new[] { diagnostic }, token), EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>The attribute to remove, or the property whose <c>[Field]</c> loses its index arguments.</summary>
    private static SyntaxNode? Target(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(FixProperties.RedundantOrigin, out var origin) || !root.FullSpan.Contains(diagnostic.Location.SourceSpan))
        {
            return null;
        }

        if (origin == FixProperties.RedundantField)
        {
            var property = PropertyEdits.FindProperty(root, diagnostic.Location.SourceSpan);
            return property is not null && AttributeEditor.Find(property.AttributeLists, "Field") is not null ? property : null;
        }

        var attribute = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault();
        var name = origin == FixProperties.RedundantTableIndex ? "TableIndex" : "Index";
        return attribute is not null && AttributeEditor.Is(attribute, name) && attribute.Parent?.Parent is MemberDeclarationSyntax ? attribute : null;
    }

    private static async Task<Document> RemoveAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var targets = diagnostics.Select(d => Target(root, d)).OfType<SyntaxNode>().Distinct().ToList();
        root = root.TrackNodes(targets);
        foreach (var target in targets)
        {
            switch (root.GetCurrentNode(target))
            {
                case AttributeSyntax { Parent.Parent: MemberDeclarationSyntax member } attribute:
                    root = root.ReplaceNode(member, PropertyEdits.RemoveAttribute(member, attribute));
                    break;
                case PropertyDeclarationSyntax property when AttributeEditor.Find(property.AttributeLists, "Field") is { } field:
                    var updated = PropertyEdits.RemoveNamedArgument(PropertyEdits.RemoveNamedArgument(field, "Unique"), "Index");
                    root = root.ReplaceNode(property, property.ReplaceNode(field, updated));
                    break;
            }
        }

        return document.WithSyntaxRoot(root);
    }

    /// <summary>Fix All, one document at a time.</summary>
    private sealed class FixAll : DocumentBasedFixAllProvider
    {
        public static readonly FixAll Instance = new();

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
            => await RemoveAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false);
    }
}
