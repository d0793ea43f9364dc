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
/// SG1004: makes the entity inherit from the project's timestamp base class (the seed's <c>TimestampMixin</c>),
/// or adds <c>DateTimeOffset CreatedAt</c> and <c>UpdatedAt</c> properties after its last member.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddTimestampsCodeFix))]
[Shared]
public sealed class AddTimestampsCodeFix : CodeFixProvider
{
    /// <summary>Groups the "inherit from the timestamp base class" fix for Fix All.</summary>
    public const string InheritEquivalenceKey = "SchemaGen.SG1004.InheritBase";

    /// <summary>Groups the "add the properties" fix for Fix All.</summary>
    public const string AddPropertiesEquivalenceKey = "SchemaGen.SG1004.AddTimestamps";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MissingTimestamps);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var type = Members.TypeAt(root, diagnostic.Location.SourceSpan);
            if (type is null)
            {
                continue;
            }

            if (diagnostic.Properties.TryGetValue(MissingTimestampsAnalyzer.BaseKey, out var baseType) && baseType is not null
                && diagnostic.Properties.TryGetValue(MissingTimestampsAnalyzer.BaseNameKey, out var baseName))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Inherit from '" + baseName + "'",
                        token => InheritAsync(context.Document, type, baseType, token),
                        InheritEquivalenceKey),
                    diagnostic);
            }

            if (diagnostic.Properties.TryGetValue(MissingTimestampsAnalyzer.AddKey, out var add) && add is not null)
            {
                var names = add.Split(',');
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Add " + string.Join(" and ", names),
                        token => AddAsync(context.Document, type, names, token),
                        AddPropertiesEquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> InheritAsync(Document document, TypeDeclarationSyntax type, string baseType, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var baseEntry = SyntaxFactory.SimpleBaseType(AttributeEditor.SimplifiedType(baseType));
        TypeDeclarationSyntax updated;
        if (type.BaseList is { } list)
        {
            // Interfaces only (the entity derives from object): the class goes first.
            updated = type.WithBaseList(list.WithTypes(list.Types.Insert(0, baseEntry)));
        }
        else
        {
            // The base list goes where the line ends, after the name (or type parameters, or primary constructor).
            var anchor = type.ParameterList?.CloseParenToken ?? type.TypeParameterList?.GreaterThanToken ?? type.Identifier;
            var trailing = anchor.TrailingTrivia;
            updated = type.ReplaceToken(anchor, anchor.WithTrailingTrivia(SyntaxFactory.Space));
            updated = updated.WithBaseList(
                SyntaxFactory.BaseList(SyntaxFactory.SingletonSeparatedList<BaseTypeSyntax>(baseEntry))
                    .WithColonToken(SyntaxFactory.Token(SyntaxKind.ColonToken).WithTrailingTrivia(SyntaxFactory.Space))
                    .WithTrailingTrivia(trailing));
        }

        return document.WithSyntaxRoot(root.ReplaceNode(type, updated));
    }

    private static async Task<Document> AddAsync(Document document, TypeDeclarationSyntax type, string[] names, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var properties = names.Select(name => (MemberDeclarationSyntax)Members.AutoProperty(type, "global::System.DateTimeOffset", name)).ToArray();
        return document.WithSyntaxRoot(root.ReplaceNode(type, Members.AppendAll(type, properties)));
    }
}
