using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace SchemaGen.CodeFixes;

/// <summary>Member edits the code fixes share: new auto-properties, placed and formatted like hand-written ones.</summary>
internal static class Members
{
    /// <summary>
    /// <c>[attributes] public {type} {name} { get; set; }</c>, from text so it carries real (not elastic)
    /// whitespace, with every <c>global::</c> name left to the simplifier and the member to the formatter.
    /// </summary>
    public static PropertyDeclarationSyntax AutoProperty(SyntaxNode context, string fullyQualifiedType, string name, string? attributes = null)
    {
        var newLine = NewLine(context);
        var text = (attributes is null ? string.Empty : attributes + newLine.ToString()) + "public " + fullyQualifiedType + " " + name + " { get; set; }";
        var property = (PropertyDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(text)!;
        property = property.ReplaceNodes(
            property.DescendantNodes().OfType<NameSyntax>().Where(n => n.Parent is not NameSyntax && n.DescendantNodesAndSelf().OfType<AliasQualifiedNameSyntax>().Any()),
            (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation));
        return property
            .WithTrailingTrivia(newLine)
            .WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <summary>The type with <paramref name="member"/> as its first member, a blank line after it.</summary>
    public static TypeDeclarationSyntax InsertFirst(TypeDeclarationSyntax type, MemberDeclarationSyntax member)
    {
        type = WithBraces(type);
        if (type.Members.Count == 0)
        {
            return type.AddMembers(member);
        }

        var first = type.Members[0];
        var separated = first.WithLeadingTrivia(first.GetLeadingTrivia().Insert(0, NewLine(type)));
        return type.WithMembers(type.Members.Replace(first, separated).Insert(0, member));
    }

    /// <summary>The type with <paramref name="added"/> after its last member, each after a blank line.</summary>
    public static TypeDeclarationSyntax AppendAll(TypeDeclarationSyntax type, params MemberDeclarationSyntax[] added)
    {
        type = WithBraces(type);
        var members = type.Members;
        foreach (var member in added)
        {
            var spaced = members.Count == 0 ? member : member.WithLeadingTrivia(member.GetLeadingTrivia().Insert(0, NewLine(type)));
            members = members.Add(spaced);
        }

        return type.WithMembers(members);
    }

    /// <summary>A body for a declaration written without one (<c>public record Tag(string Label);</c>), so members can go in.</summary>
    private static TypeDeclarationSyntax WithBraces(TypeDeclarationSyntax type)
    {
        if (!type.OpenBraceToken.IsKind(SyntaxKind.None) && !type.OpenBraceToken.IsMissing)
        {
            return type;
        }

        var newLine = NewLine(type);
        var trailing = type.SemicolonToken.TrailingTrivia;
        return type
            .WithSemicolonToken(default)
            .WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(newLine).WithTrailingTrivia(newLine))
            .WithCloseBraceToken(SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithTrailingTrivia(trailing))
            .WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <summary>An end of line as the file writes them (<c>\n</c> when it has none yet).</summary>
    public static SyntaxTrivia NewLine(SyntaxNode node)
    {
        var root = node.SyntaxTree?.GetRoot() ?? node;
        var existing = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        return existing.IsKind(SyntaxKind.EndOfLineTrivia) ? existing : SyntaxFactory.EndOfLine("\n");
    }

    /// <summary>The property whose identifier a diagnostic reports.</summary>
    public static PropertyDeclarationSyntax? PropertyAt(SyntaxNode? root, Microsoft.CodeAnalysis.Text.TextSpan span)
        => root is null ? null : PropertyEdits.FindProperty(root, span);

    /// <summary>The class, record or struct whose identifier a diagnostic reports.</summary>
    public static TypeDeclarationSyntax? TypeAt(SyntaxNode? root, Microsoft.CodeAnalysis.Text.TextSpan span)
        => root?.FindToken(span.Start).Parent?.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault();
}
