using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Diagnostics;

namespace SchemaGen.CodeFixes;

/// <summary>SG2001: replaces a <c>ForeignKey</c> that does not resolve with the closest existing one, in the form the user wrote.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseSuggestedForeignKeyCodeFix))]
[Shared]
public sealed class UseSuggestedForeignKeyCodeFix : CodeFixProvider
{
    /// <summary>Groups this fix for Fix All.</summary>
    public const string EquivalenceKey = "SchemaGen.SG2001.UseSuggestion";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnresolvedForeignKey);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(RuleContext.SuggestionKey, out var suggestion) && suggestion is not null
                && Members.PropertyAt(root, diagnostic.Location.SourceSpan) is { } property
                && AttributeEditor.Find(property.AttributeLists, "Field") is { } field
                && AttributeEditor.Argument(field, "ForeignKey") is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use \"" + suggestion + "\"",
                        token => ReplaceAsync(context.Document, field, suggestion, token),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static Task<Document> ReplaceAsync(Document document, AttributeSyntax field, string suggestion, CancellationToken cancellationToken)
        => DocumentEdits.ReplaceAsync(document, field, f => AttributeEditor.SetNamedArgument(f, "ForeignKey", AttributeEditor.String(suggestion)), cancellationToken);
}
