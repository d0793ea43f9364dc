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
/// SG3010: sets the explicit name to its snake_case form (the diagnostic's suggestion), where the parser read it:
/// <c>[Entity(Name = ...)]</c>, else EF's <c>[Table("...")]</c> on a class; <c>[Field(Name = ...)]</c>, else EF's
/// <c>[Column("...")]</c> on a property.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SnakeCaseNameCodeFix))]
[Shared]
public sealed class SnakeCaseNameCodeFix : CodeFixProvider
{
    /// <summary>Groups this fix for Fix All.</summary>
    public const string EquivalenceKey = "SchemaGen.SG3010.SnakeCase";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.NotSnakeCase);

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
            if (!diagnostic.Properties.TryGetValue(RuleContext.SuggestionKey, out var name) || string.IsNullOrEmpty(name)
                || NameArgument(root, diagnostic) is not { } argument)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Name it '" + name + "'",
                    token => RenameAsync(context.Document, argument, name!, token),
                    EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>The expression that gives the name: a named <c>Name = ...</c> or the first positional argument.</summary>
    private static ExpressionSyntax? NameArgument(SyntaxNode root, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        if (!root.FullSpan.Contains(span))
        {
            return null;
        }

        var member = root.FindToken(span.Start).Parent?.AncestorsAndSelf().OfType<MemberDeclarationSyntax>().FirstOrDefault();
        var (named, positional) = member switch
        {
            PropertyDeclarationSyntax property when property.Identifier.Span == span => ("Field", "Column"),
            BaseTypeDeclarationSyntax type when type.Identifier.Span == span => ("Entity", "Table"),
            _ => (null, null),
        };
        if (member is null || named is null)
        {
            return null;
        }

        if (PropertyEdits.FindWithArgument(member, named, "Name") is { } attribute)
        {
            return PropertyEdits.NamedArgument(attribute, "Name")!.Expression;
        }

        return AttributeEditor.Find(member.AttributeLists, positional!)?.ArgumentList?.Arguments
            .FirstOrDefault(a => a.NameEquals is null && (a.NameColon is null || a.NameColon.Name.Identifier.ValueText == "name"))?.Expression;
    }

    private static Task<Document> RenameAsync(Document document, ExpressionSyntax argument, string name, CancellationToken cancellationToken)
        => DocumentEdits.ReplaceAsync(document, argument, a => AttributeEditor.String(name).WithTriviaFrom(a), cancellationToken);
}
