using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SchemaGen.CodeFixes;

/// <summary>
/// The shape of every fix that rewrites the one property a diagnostic sits on: find the property, offer one action
/// with an equivalence key, replace the property with <see cref="Rewrite"/>'s result. Fix All is the batch fixer:
/// the rewrites of different properties never overlap.
/// </summary>
public abstract class PropertyRewriteCodeFix : CodeFixProvider
{
    private readonly string _title;
    private readonly string _equivalenceKey;

    private protected PropertyRewriteCodeFix(string diagnosticId, string title, string equivalenceKey)
    {
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
        _title = title;
        _equivalenceKey = equivalenceKey;
    }

    /// <inheritdoc/>
    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    /// <inheritdoc/>
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (PropertyEdits.FindProperty(root, diagnostic.Location.SourceSpan) is { } property)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(_title, token => DocumentEdits.ReplaceAsync(context.Document, property, Rewrite, token), _equivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The property as the fix leaves it.</summary>
    private protected abstract PropertyDeclarationSyntax Rewrite(PropertyDeclarationSyntax property);
}
