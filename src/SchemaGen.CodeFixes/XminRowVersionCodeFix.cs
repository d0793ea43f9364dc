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
/// SG3012: turns a <c>byte[]</c> row version into <c>[Timestamp] uint</c>, which Npgsql maps to PostgreSQL's
/// <c>xmin</c> system column (a transaction id that changes on every update). The property keeps its name; a
/// <c>[ConcurrencyCheck]</c> becomes <c>[Timestamp]</c>, and what only fits a byte array goes: its initializer and
/// a <c>ColumnType</c>/<c>TypeName</c> (<c>rowversion</c>, <c>bytea</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(XminRowVersionCodeFix))]
[Shared]
public sealed class XminRowVersionCodeFix : PropertyRewriteCodeFix
{
    /// <summary>Groups this fix for Fix All.</summary>
    public const string EquivalenceKey = "SchemaGen.SG3012.Xmin";

    /// <summary>Creates the fix.</summary>
    public XminRowVersionCodeFix()
        : base(DiagnosticIds.ByteArrayRowVersion, "Use [Timestamp] uint (PostgreSQL's xmin)", EquivalenceKey)
    {
    }

    private protected override PropertyDeclarationSyntax Rewrite(PropertyDeclarationSyntax property)
    {
        var updated = PropertyEdits.RemoveInitializer(property)
            .WithType(PropertyEdits.PredefinedType(SyntaxKind.UIntKeyword, nullable: false, property.Type));

        if (AttributeEditor.Find(updated.AttributeLists, "Timestamp") is null
            && AttributeEditor.Find(updated.AttributeLists, "ConcurrencyCheck") is { } concurrencyCheck)
        {
            updated = updated.ReplaceNode(concurrencyCheck, concurrencyCheck.WithName(Renamed(concurrencyCheck.Name)));
        }

        foreach (var (attribute, argument) in new[] { ("Field", "ColumnType"), ("Column", "TypeName") })
        {
            if (PropertyEdits.FindWithArgument(updated, attribute, argument) is { } found)
            {
                updated = updated.ReplaceNode(found, PropertyEdits.RemoveNamedArgument(found, argument));
            }
        }

        return updated;
    }

    /// <summary><c>ConcurrencyCheck</c> -&gt; <c>Timestamp</c>, keeping any qualification and the <c>Attribute</c> suffix.</summary>
    private static NameSyntax Renamed(NameSyntax name)
    {
        var identifier = name.DescendantTokens().LastOrDefault(t => t.IsKind(SyntaxKind.IdentifierToken));
        if (identifier == default)
        {
            return name;
        }

        var text = identifier.ValueText.EndsWith("Attribute", System.StringComparison.Ordinal) ? "TimestampAttribute" : "Timestamp";
        return name.ReplaceToken(identifier, SyntaxFactory.Identifier(text).WithTriviaFrom(identifier));
    }
}
