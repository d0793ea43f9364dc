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
/// SG1001: marks a property that looks like the key (<c>EntryId</c>, <c>Code</c>) with
/// <c>[Field(PrimaryKey = true)]</c>, or adds <c>[Field(PrimaryKey = true)] public Guid Id { get; set; }</c> as the
/// class's first member.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPrimaryKeyCodeFix))]
[Shared]
public sealed class AddPrimaryKeyCodeFix : CodeFixProvider
{
    /// <summary>Groups the "mark the existing property" fix for Fix All.</summary>
    public const string MarkKeyEquivalenceKey = "SchemaGen.SG1001.MarkKey";

    /// <summary>Groups the "add a Guid Id" fix for Fix All.</summary>
    public const string AddIdEquivalenceKey = "SchemaGen.SG1001.AddGuidId";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MissingPrimaryKey);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var type = root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault();
            if (type is null)
            {
                continue;
            }

            if (diagnostic.Properties.TryGetValue(MissingPrimaryKeyAnalyzer.KeyCandidateKey, out var candidate) && candidate is not null
                && type.Members.OfType<PropertyDeclarationSyntax>().FirstOrDefault(p => p.Identifier.ValueText == candidate) is { } property)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Mark '" + candidate + "' as the primary key",
                        token => MarkAsKeyAsync(context.Document, property, token),
                        MarkKeyEquivalenceKey),
                    diagnostic);
            }

            if (diagnostic.Properties.ContainsKey(MissingPrimaryKeyAnalyzer.CanAddIdKey))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Add a Guid Id primary key",
                        token => AddIdAsync(context.Document, type, token),
                        AddIdEquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> MarkAsKeyAsync(Document document, PropertyDeclarationSyntax property, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var updated = AttributeEditor.SetSchemaGenArgument(property, "Field", "PrimaryKey", AttributeEditor.True);
        return document.WithSyntaxRoot(root.ReplaceNode(property, updated));
    }

    private static async Task<Document> AddIdAsync(Document document, TypeDeclarationSyntax type, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var id = Members.AutoProperty(type, "global::System.Guid", "Id", "[global::SchemaGen.Field(PrimaryKey = true)]");
        return document.WithSyntaxRoot(root.ReplaceNode(type, Members.InsertFirst(type, id)));
    }
}
