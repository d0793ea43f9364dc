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

/// <summary>
/// SG3006: makes an <c>int</c>/<c>short</c> primary key a <c>long</c>, together with the <c>[Field(ForeignKey = ...)]</c>
/// properties that reference it (the diagnostic's additional locations, in any document), so the foreign keys keep
/// matching the key (no SG2002). Nullability is kept: <c>int?</c> becomes <c>long?</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LongKeyCodeFix))]
[Shared]
public sealed class LongKeyCodeFix : CodeFixProvider
{
    /// <summary>Groups this fix for Fix All.</summary>
    public const string EquivalenceKey = "SchemaGen.SG3006.Long";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.IntPrimaryKey);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var title = diagnostic.AdditionalLocations.Count == 0
                ? "Make the key a long"
                : "Make the key and the foreign keys that reference it long";
            context.RegisterCodeFix(
                CodeAction.Create(title, token => WidenAsync(context.Document.Project.Solution, diagnostic, token), EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Solution> WidenAsync(Solution solution, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var locations = new[] { diagnostic.Location }.Concat(diagnostic.AdditionalLocations).Where(l => l.IsInSource);
        foreach (var group in locations.GroupBy(l => l.SourceTree))
        {
            if (group.Key is null || solution.GetDocument(group.Key) is not { } document
                || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root)
            {
                continue;
            }

            var properties = group
                .Select(l => PropertyEdits.FindProperty(root, l.SourceSpan))
                .OfType<PropertyDeclarationSyntax>()
                .Distinct()
                .ToList();
            var updated = root.ReplaceNodes(
                properties,
                (_, property) => property.WithType(PropertyEdits.PredefinedType(SyntaxKind.LongKeyword, PropertyEdits.IsNullableValueType(property.Type), property.Type)));
            solution = solution.WithDocumentSyntaxRoot(document.Id, updated);
        }

        return solution;
    }
}
