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
/// SG1006: adds <c>Where = "deleted_at IS NULL"</c> (the real column of <c>DeletedAt</c>) to a unique
/// <c>[TableIndex]</c>, joining an existing predicate with <c>AND</c>; on a table with no partial index at all,
/// adds <c>[TableIndex("ix_&lt;table&gt;_active", nameof(Id), Where = "deleted_at IS NULL")]</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SoftDeletePartialIndexCodeFix))]
[Shared]
public sealed class SoftDeletePartialIndexCodeFix : CodeFixProvider
{
    /// <summary>Groups the "add the predicate to the index" fix for Fix All.</summary>
    public const string AddPredicateEquivalenceKey = "SchemaGen.SG1006.AddPredicate";

    /// <summary>Groups the "add a partial index for active rows" fix for Fix All.</summary>
    public const string AddActiveIndexEquivalenceKey = "SchemaGen.SG1006.AddActiveIndex";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.SoftDeleteUniqueIndex);

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
            if (!diagnostic.Properties.TryGetValue(SoftDeleteIndexAnalyzer.PredicateKey, out var predicate) || predicate is null)
            {
                continue;
            }

            var attribute = AttributeEditor.AttributeAt(root, diagnostic.Location.SourceSpan);
            if (attribute is not null && AttributeEditor.Is(attribute, "TableIndex"))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Add Where = \"" + predicate + "\"",
                        token => AddPredicateAsync(context.Document, attribute, predicate, token),
                        AddPredicateEquivalenceKey),
                    diagnostic);
                continue;
            }

            if (attribute is null
                && diagnostic.Properties.TryGetValue(SoftDeleteIndexAnalyzer.IndexNameKey, out var indexName) && indexName is not null
                && diagnostic.Properties.TryGetValue(SoftDeleteIndexAnalyzer.KeyPropertiesKey, out var keys) && keys is not null
                && Members.TypeAt(root, diagnostic.Location.SourceSpan) is { } type)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Add partial index '" + indexName + "' for active rows",
                        token => AddActiveIndexAsync(context.Document, type, indexName, keys.Split(','), predicate, token),
                        AddActiveIndexEquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> AddPredicateAsync(Document document, AttributeSyntax attribute, string predicate, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var where = predicate;
        if (AttributeEditor.Argument(attribute, "Where") is { } existing)
        {
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (model?.GetConstantValue(existing.Expression, cancellationToken) is { HasValue: true, Value: string old } && old.Trim().Length > 0)
            {
                where = "(" + old + ") AND " + predicate;
            }
        }

        return document.WithSyntaxRoot(root.ReplaceNode(attribute, AttributeEditor.SetNamedArgument(attribute, "Where", AttributeEditor.String(where))));
    }

    private static async Task<Document> AddActiveIndexAsync(Document document, TypeDeclarationSyntax type, string indexName, string[] keys, string predicate, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var arguments = new[] { AttributeEditor.String(indexName) }
            .Concat(keys.Select(key => (ExpressionSyntax)SyntaxFactory.ParseExpression("nameof(" + key + ")")))
            .Select(expression => SyntaxFactory.AttributeArgument(expression))
            .Append(AttributeEditor.NamedArgument("Where", AttributeEditor.String(predicate)));
        var attribute = SyntaxFactory.Attribute(AttributeEditor.SchemaGenName("TableIndex"), SyntaxFactory.AttributeArgumentList(SyntaxFactory.SeparatedList(arguments)));
        var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));
        var updated = AttributeEditor.AddAttributeListAbove(type, list);
        return document.WithSyntaxRoot(root.ReplaceNode(type, updated));
    }
}
