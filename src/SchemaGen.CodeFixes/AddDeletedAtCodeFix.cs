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
/// SG2008: adds <c>public DateTimeOffset? DeletedAt { get; set; }</c> to a <c>[SoftDelete]</c> entity, or makes the
/// entity's own non-nullable <c>DateTime</c>/<c>DateTimeOffset DeletedAt</c> nullable.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddDeletedAtCodeFix))]
[Shared]
public sealed class AddDeletedAtCodeFix : CodeFixProvider
{
    /// <summary>Groups the "add DeletedAt" fix for Fix All.</summary>
    public const string AddEquivalenceKey = "SchemaGen.SG2008.AddDeletedAt";

    /// <summary>Groups the "make DeletedAt nullable" fix for Fix All.</summary>
    public const string MakeNullableEquivalenceKey = "SchemaGen.SG2008.MakeNullable";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.SoftDeleteWithoutDeletedAt);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var type = Members.TypeAt(root, diagnostic.Location.SourceSpan);
            if (type is null || !diagnostic.Properties.TryGetValue(SoftDeleteWithoutDeletedAtAnalyzer.FixKey, out var fix))
            {
                continue;
            }

            if (fix == SoftDeleteWithoutDeletedAtAnalyzer.AddFix)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Add 'DateTimeOffset? DeletedAt'", token => AddAsync(context.Document, type, token), AddEquivalenceKey),
                    diagnostic);
            }
            else if (fix == SoftDeleteWithoutDeletedAtAnalyzer.MakeNullableFix)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Make 'DeletedAt' nullable", token => MakeNullableAsync(context.Document, type, token), MakeNullableEquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static Task<Document> AddAsync(Document document, TypeDeclarationSyntax type, CancellationToken cancellationToken)
        => DocumentEdits.ReplaceAsync(document, type, t => Members.AppendAll(t, Members.AutoProperty(t, "global::System.DateTimeOffset?", "DeletedAt")), cancellationToken);

    /// <summary>The property may sit in another part of a partial class, in another file: edit it where it is.</summary>
    private static async Task<Solution> MakeNullableAsync(Document document, TypeDeclarationSyntax type, CancellationToken cancellationToken)
    {
        var solution = document.Project.Solution;
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var property = (model?.GetDeclaredSymbol(type, cancellationToken) as INamedTypeSymbol)?.GetMembers("DeletedAt").OfType<IPropertySymbol>().FirstOrDefault();
        var reference = property?.DeclaringSyntaxReferences.FirstOrDefault();
        if (reference is null || solution.GetDocument(reference.SyntaxTree) is not { } target
            || await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not PropertyDeclarationSyntax declaration
            || declaration.Type is NullableTypeSyntax)
        {
            return solution;
        }

        var root = await target.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var nullable = SyntaxFactory.NullableType(declaration.Type.WithoutTrivia()).WithTriviaFrom(declaration.Type);
        return root is null ? solution : target.WithSyntaxRoot(root.ReplaceNode(declaration.Type, nullable)).Project.Solution;
    }
}
