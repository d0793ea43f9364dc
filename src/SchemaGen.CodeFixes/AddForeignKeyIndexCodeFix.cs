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
using SchemaGen.Generator.Diagnostics;

namespace SchemaGen.CodeFixes;

/// <summary>SG1002: adds <c>Index = true</c> to the foreign key's <c>[Field]</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddForeignKeyIndexCodeFix))]
[Shared]
public sealed class AddForeignKeyIndexCodeFix : CodeFixProvider
{
    /// <summary>Groups this fix for Fix All.</summary>
    public const string EquivalenceKey = "SchemaGen.SG1002.AddIndex";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnindexedForeignKey);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var property = root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<PropertyDeclarationSyntax>().FirstOrDefault();
            if (property is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Add Index = true",
                    token => AddIndexAsync(context.Document, property, token),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> AddIndexAsync(Document document, PropertyDeclarationSyntax property, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var updated = AttributeEditor.SetNamedArgument(property, "Field", "Index", AttributeEditor.True);
        return document.WithSyntaxRoot(root.ReplaceNode(property, updated));
    }
}
