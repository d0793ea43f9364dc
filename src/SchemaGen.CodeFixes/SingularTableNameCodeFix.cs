using System.Collections.Immutable;
using System.Composition;
using System.Linq;
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
/// SG1003: renames a plural class to the singular (every reference follows, through the Renamer), or keeps the
/// class name and sets <c>[Entity(Name = "&lt;singular table&gt;")]</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SingularTableNameCodeFix))]
[Shared]
public sealed class SingularTableNameCodeFix : CodeFixProvider
{
    /// <summary>Groups the "rename the class" fix for Fix All.</summary>
    public const string RenameClassEquivalenceKey = "SchemaGen.SG1003.RenameClass";

    /// <summary>Groups the "set Entity.Name" fix for Fix All.</summary>
    public const string SetNameEquivalenceKey = "SchemaGen.SG1003.SetName";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.PluralTableName);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var type = Members.TypeAt(root, diagnostic.Location.SourceSpan);
            if (type is null || model?.GetDeclaredSymbol(type, context.CancellationToken) is not INamedTypeSymbol symbol)
            {
                continue;
            }

            if (diagnostic.Properties.TryGetValue(PluralTableNameAnalyzer.SingularClassKey, out var singularClass) && singularClass is not null
                && !NameIsTaken(symbol, singularClass))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Rename class to '" + singularClass + "'",
                        token => RenameAsync(context.Document.Project.Solution, symbol, singularClass, token),
                        RenameClassEquivalenceKey),
                    diagnostic);
            }

            if (diagnostic.Properties.TryGetValue(PluralTableNameAnalyzer.SingularTableKey, out var singularTable) && singularTable is not null
                && AttributeEditor.Find(type.AttributeLists, "Entity") is { } entity)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Set [Entity(Name = \"" + singularTable + "\")]",
                        token => SetNameAsync(context.Document, entity, singularTable, token),
                        SetNameEquivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>A type or member of that name next to the class would clash with the renamed class.</summary>
    private static bool NameIsTaken(INamedTypeSymbol symbol, string name)
    {
        INamespaceOrTypeSymbol container = (INamespaceOrTypeSymbol?)symbol.ContainingType ?? symbol.ContainingNamespace;
        return container.GetMembers(name).Any() || symbol.GetMembers(name).Any();
    }

    private static Task<Solution> RenameAsync(Solution solution, INamedTypeSymbol symbol, string name, CancellationToken cancellationToken)
        => Renamer.RenameSymbolAsync(solution, symbol, new SymbolRenameOptions(), name, cancellationToken);

    private static Task<Document> SetNameAsync(Document document, AttributeSyntax entity, string table, CancellationToken cancellationToken)
        => DocumentEdits.ReplaceAsync(document, entity, e => AttributeEditor.SetNamedArgument(e, "Name", AttributeEditor.String(table)), cancellationToken);
}
