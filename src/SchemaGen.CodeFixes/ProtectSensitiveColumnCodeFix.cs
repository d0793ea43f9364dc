using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Rename;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Diagnostics;

namespace SchemaGen.CodeFixes;

/// <summary>
/// SG1005: renames a sensitive-looking property to <c>&lt;Name&gt;Hash</c> (every reference follows, through the
/// Renamer), or marks it <c>[Field(Sensitive = true)]</c> when the value is already protected.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ProtectSensitiveColumnCodeFix))]
[Shared]
public sealed class ProtectSensitiveColumnCodeFix : CodeFixProvider
{
    /// <summary>Groups the "rename to *Hash" fix for Fix All.</summary>
    public const string RenameEquivalenceKey = "SchemaGen.SG1005.RenameToHash";

    /// <summary>Groups the "mark Sensitive" fix for Fix All.</summary>
    public const string MarkSensitiveEquivalenceKey = "SchemaGen.SG1005.MarkSensitive";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.SensitivePlainText);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var property = Members.PropertyAt(root, diagnostic.Location.SourceSpan);
            if (property is null)
            {
                continue;
            }

            if (diagnostic.Properties.TryGetValue(SensitivePlainTextAnalyzer.NewNameKey, out var newName) && newName is not null
                && model?.GetDeclaredSymbol(property, context.CancellationToken) is { } symbol)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Rename to '" + newName + "'",
                        token => Renamer.RenameSymbolAsync(context.Document.Project.Solution, symbol, new SymbolRenameOptions(), newName, token),
                        RenameEquivalenceKey),
                    diagnostic);
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Mark [Field(Sensitive = true)]",
                    token => MarkSensitiveAsync(context.Document, property, token),
                    MarkSensitiveEquivalenceKey),
                diagnostic);
        }
    }

    private static Task<Document> MarkSensitiveAsync(Document document, PropertyDeclarationSyntax property, CancellationToken cancellationToken)
        => DocumentEdits.ReplaceAsync(document, property, p => AttributeEditor.SetSchemaGenArgument(p, "Field", "Sensitive", AttributeEditor.True), cancellationToken);
}
