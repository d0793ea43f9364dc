using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Diagnostics;

namespace SchemaGen.CodeFixes;

/// <summary>SG1007: adds <c>Unique = true</c> to the business key's <c>[Field]</c> (adding the attribute if needed).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddUniqueCodeFix))]
[Shared]
public sealed class AddUniqueCodeFix : CodeFixProvider
{
    /// <summary>Groups this fix for Fix All.</summary>
    public const string EquivalenceKey = "SchemaGen.SG1007.AddUnique";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.BusinessKeyNotUnique);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (Members.PropertyAt(root, diagnostic.Location.SourceSpan) is { } property)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Add Unique = true", token => AddUniqueAsync(context.Document, property, token), EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> AddUniqueAsync(Document document, PropertyDeclarationSyntax property, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null
            ? document
            : document.WithSyntaxRoot(root.ReplaceNode(property, AttributeEditor.SetSchemaGenArgument(property, "Field", "Unique", AttributeEditor.True)));
    }
}
