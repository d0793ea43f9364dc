using System.Collections.Generic;
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
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Naming;

namespace SchemaGen.CodeFixes;

/// <summary>
/// SG3002, SG3003, SG3004, SG3005: rewrites the <c>ColumnType</c> of <c>[Field]</c> (or <c>TypeName</c> of EF's
/// <c>[Column]</c>) to the type the analyzer chose (<see cref="FixProperties.ColumnType"/>), or removes it. For SG3005
/// on a column that is no single integer key it also adds <c>[DatabaseGenerated(DatabaseGeneratedOption.Identity)]</c>;
/// for SG3004 a second action also adds <c>[Check("char_length(column) &lt;= n")]</c> to the entity, to keep the limit.
/// Fix All goes document by document, because several checks may be added to one class.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ColumnTypeCodeFix))]
[Shared]
public sealed class ColumnTypeCodeFix : CodeFixProvider
{
    /// <summary>SG3002: <c>timestamptz</c>.</summary>
    public const string TimestamptzEquivalenceKey = "SchemaGen.SG3002.Timestamptz";

    /// <summary>SG3003: <c>jsonb</c>.</summary>
    public const string JsonbEquivalenceKey = "SchemaGen.SG3003.Jsonb";

    /// <summary>SG3004: <c>text</c>.</summary>
    public const string TextEquivalenceKey = "SchemaGen.SG3004.Text";

    /// <summary>SG3004: <c>text</c> and a check on <c>char_length</c>.</summary>
    public const string TextWithLengthCheckEquivalenceKey = "SchemaGen.SG3004.TextWithLengthCheck";

    /// <summary>SG3005: no <c>ColumnType</c>, an identity column.</summary>
    public const string IdentityEquivalenceKey = "SchemaGen.SG3005.Identity";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.TimestampWithoutTimeZone,
        DiagnosticIds.JsonColumnType,
        DiagnosticIds.FixedLengthText,
        DiagnosticIds.SerialColumn);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => FixAll.Instance;

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
            if (!diagnostic.Properties.TryGetValue(FixProperties.ColumnType, out var replacement)
                || replacement is null
                || PropertyEdits.FindProperty(root, diagnostic.Location.SourceSpan) is not { } property
                || ColumnTypeArgument(property) is null)
            {
                continue;
            }

            foreach (var key in EquivalenceKeys(diagnostic))
            {
                var title = key switch
                {
                    IdentityEquivalenceKey => "Remove ColumnType (identity column)",
                    TextWithLengthCheckEquivalenceKey => "Use ColumnType \"text\" with a check on char_length <= " + diagnostic.Properties[FixProperties.Length],
                    _ => "Use ColumnType \"" + replacement + "\"",
                };
                context.RegisterCodeFix(
                    CodeAction.Create(title, token => ApplyAsync(context.Document, new[] { diagnostic }, key, token), key),
                    diagnostic);
            }
        }
    }

    /// <summary>The actions a diagnostic offers, by equivalence key.</summary>
    private static IEnumerable<string> EquivalenceKeys(Diagnostic diagnostic)
    {
        switch (diagnostic.Id)
        {
            case DiagnosticIds.TimestampWithoutTimeZone:
                yield return TimestamptzEquivalenceKey;
                break;
            case DiagnosticIds.JsonColumnType:
                yield return JsonbEquivalenceKey;
                break;
            case DiagnosticIds.FixedLengthText:
                yield return TextEquivalenceKey;
                if (diagnostic.Properties.ContainsKey(FixProperties.SqlColumn) && diagnostic.Properties.ContainsKey(FixProperties.Length))
                {
                    yield return TextWithLengthCheckEquivalenceKey;
                }

                break;
            case DiagnosticIds.SerialColumn:
                yield return IdentityEquivalenceKey;
                break;
        }
    }

    private static async Task<Document> ApplyAsync(Document document, IEnumerable<Diagnostic> diagnostics, string key, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        // One edit per property, whatever the number of diagnostics on it; nodes are tracked across the edits.
        var targets = new Dictionary<PropertyDeclarationSyntax, Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            if (PropertyEdits.FindProperty(root, diagnostic.Location.SourceSpan) is { } property && !targets.ContainsKey(property))
            {
                targets.Add(property, diagnostic);
            }
        }

        root = root.TrackNodes(targets.Keys);
        foreach (var target in targets)
        {
            if (root.GetCurrentNode(target.Key) is not { } property)
            {
                continue;
            }

            var updated = Rewrite(property, target.Value);
            if (key == TextWithLengthCheckEquivalenceKey && property.Parent is TypeDeclarationSyntax type)
            {
                var check = LengthCheck(property, target.Value);
                root = root.ReplaceNode(type, PropertyEdits.AddAttribute(type.ReplaceNode(property, updated), check));
            }
            else
            {
                root = root.ReplaceNode(property, updated);
            }
        }

        // Attributes added with their full names get a using directive, then the code action's clean-up shortens them.
        return await ImportAdder.AddImportsAsync(document.WithSyntaxRoot(root), Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The attribute and argument that set the column type: <c>[Field(ColumnType = ...)]</c> first, as the parser reads it.</summary>
    private static (AttributeSyntax Attribute, string Argument)? ColumnTypeArgument(PropertyDeclarationSyntax property)
        => PropertyEdits.FindWithArgument(property, "Field", "ColumnType") is { } field ? (field, "ColumnType")
            : PropertyEdits.FindWithArgument(property, "Column", "TypeName") is { } column ? (column, "TypeName")
            : null;

    private static PropertyDeclarationSyntax Rewrite(PropertyDeclarationSyntax property, Diagnostic diagnostic)
    {
        if (ColumnTypeArgument(property) is not { } source || diagnostic.Properties[FixProperties.ColumnType] is not { } replacement)
        {
            return property;
        }

        var attribute = replacement.Length == 0
            ? PropertyEdits.RemoveNamedArgument(source.Attribute, source.Argument)
            : AttributeEditor.SetNamedArgument(source.Attribute, source.Argument, AttributeEditor.String(replacement));
        var updated = property.ReplaceNode(source.Attribute, attribute);

        if (diagnostic.Properties.ContainsKey(FixProperties.AddIdentity) && AttributeEditor.Find(updated.AttributeLists, "DatabaseGenerated") is null)
        {
            var identity = SyntaxFactory.Attribute(
                SyntaxFactory.ParseName("global::System.ComponentModel.DataAnnotations.Schema.DatabaseGenerated"),
                SyntaxFactory.ParseAttributeArgumentList("(global::System.ComponentModel.DataAnnotations.Schema.DatabaseGeneratedOption.Identity)"));
            updated = PropertyEdits.AddAttribute(updated, identity);
        }

        return updated;
    }

    /// <summary><c>[Check("char_length(code) &lt;= 20", Name = "code_length")]</c>.</summary>
    private static AttributeSyntax LengthCheck(PropertyDeclarationSyntax property, Diagnostic diagnostic)
    {
        var sql = "char_length(" + diagnostic.Properties[FixProperties.SqlColumn] + ") <= " + diagnostic.Properties[FixProperties.Length];
        var name = SnakeCase.Convert(property.Identifier.ValueText) + "_length";
        return SyntaxFactory.Attribute(
            SyntaxFactory.ParseName("global::SchemaGen.Check"),
            SyntaxFactory.AttributeArgumentList(SyntaxFactory.SeparatedList(new[]
            {
                SyntaxFactory.AttributeArgument(AttributeEditor.String(sql)),
                AttributeEditor.NamedArgument("Name", AttributeEditor.String(name)),
            })));
    }

    /// <summary>Fix All, one document at a time: every diagnostic whose action has the chosen equivalence key.</summary>
    private sealed class FixAll : DocumentBasedFixAllProvider
    {
        public static readonly FixAll Instance = new();

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var key = fixAllContext.CodeActionEquivalenceKey;
            var matching = diagnostics.Where(d => key is not null && EquivalenceKeys(d).Contains(key)).ToList();
            return matching.Count == 0 ? document : await ApplyAsync(document, matching, key!, fixAllContext.CancellationToken).ConfigureAwait(false);
        }
    }
}
