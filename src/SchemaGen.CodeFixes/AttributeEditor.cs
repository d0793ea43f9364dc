using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace SchemaGen.CodeFixes;

/// <summary>
/// Syntax edits the code fixes share: find an attribute by its short name, set one of its named arguments
/// (replacing an existing value), or add the attribute with that argument when it is absent.
/// </summary>
internal static class AttributeEditor
{
    /// <summary>The first attribute called <paramref name="shortName"/> (also written with the <c>Attribute</c> suffix or qualified).</summary>
    public static AttributeSyntax? Find(SyntaxList<AttributeListSyntax> lists, string shortName)
        => lists.SelectMany(list => list.Attributes).FirstOrDefault(attribute => Is(attribute, shortName));

    public static bool Is(AttributeSyntax attribute, string shortName)
    {
        var name = SimpleName(attribute.Name);
        return name == shortName || name == shortName + "Attribute";
    }

    /// <summary>The attribute with <c>name = value</c> set.</summary>
    public static AttributeSyntax SetNamedArgument(AttributeSyntax attribute, string name, ExpressionSyntax value)
    {
        var arguments = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
        var existing = arguments.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
        var updated = existing is null
            ? arguments.AddArguments(NamedArgument(name, value))
            : arguments.ReplaceNode(existing, existing.WithExpression(value.WithTriviaFrom(existing.Expression)));
        return attribute.WithArgumentList(updated);
    }

    /// <summary>
    /// The member with <c>[shortName(name = value)]</c>: an existing attribute gets the argument, otherwise a
    /// new attribute list is added above the member.
    /// </summary>
    public static TMember SetNamedArgument<TMember>(TMember member, string shortName, string name, ExpressionSyntax value)
        where TMember : MemberDeclarationSyntax
    {
        var attribute = Find(member.AttributeLists, shortName);
        if (attribute is not null)
        {
            return member.ReplaceNode(attribute, SetNamedArgument(attribute, name, value));
        }

        var created = SyntaxFactory.Attribute(
            SyntaxFactory.IdentifierName(shortName),
            SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(NamedArgument(name, value))));
        var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(created));
        return (TMember)member.AddAttributeLists(list);
    }

    /// <summary>
    /// Like <see cref="SetNamedArgument{TMember}(TMember, string, string, ExpressionSyntax)"/>, but a new attribute is
    /// written <c>global::SchemaGen.Field</c> and left to the simplifier, so it compiles with or without
    /// <c>using SchemaGen;</c> and reads <c>[Field(...)]</c> when the namespace is imported.
    /// </summary>
    public static TMember SetSchemaGenArgument<TMember>(TMember member, string shortName, string name, ExpressionSyntax value)
        where TMember : MemberDeclarationSyntax
    {
        var attribute = Find(member.AttributeLists, shortName);
        if (attribute is not null)
        {
            return member.ReplaceNode(attribute, SetNamedArgument(attribute, name, value));
        }

        var created = SyntaxFactory.Attribute(
            SchemaGenName(shortName),
            SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(NamedArgument(name, value))));
        return AddAttributeListAbove(member, SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(created)));
    }

    /// <summary>
    /// The member with an attribute list on a line of its own above it, after the attributes it has. The list
    /// takes over the member's leading trivia (blank lines, comments) when it becomes the first.
    /// </summary>
    public static TMember AddAttributeListAbove<TMember>(TMember member, AttributeListSyntax list)
        where TMember : MemberDeclarationSyntax
    {
        var leading = member.GetLeadingTrivia();
        var last = leading.LastOrDefault();
        var indentation = last.IsKind(SyntaxKind.WhitespaceTrivia) ? SyntaxFactory.TriviaList(last) : SyntaxFactory.TriviaList();
        var newLine = Members.NewLine(member);
        if (member.AttributeLists.Count > 0)
        {
            return (TMember)member.WithAttributeLists(member.AttributeLists.Add(list.WithLeadingTrivia(indentation).WithTrailingTrivia(newLine)));
        }

        var moved = (TMember)member.WithLeadingTrivia(indentation);
        return (TMember)moved.WithAttributeLists(SyntaxFactory.SingletonList(list.WithLeadingTrivia(leading).WithTrailingTrivia(newLine)));
    }

    /// <summary><c>global::SchemaGen.{shortName}</c>, marked for the simplifier.</summary>
    public static NameSyntax SchemaGenName(string shortName)
        => SyntaxFactory.ParseName("global::SchemaGen." + shortName).WithAdditionalAnnotations(Simplifier.Annotation);

    /// <summary>A type written fully qualified (<c>global::System.Guid</c>), marked for the simplifier.</summary>
    public static TypeSyntax SimplifiedType(string fullyQualifiedName)
        => SyntaxFactory.ParseTypeName(fullyQualifiedName).WithAdditionalAnnotations(Simplifier.Annotation);

    /// <summary>The attribute whose span a diagnostic reports (<c>TableIndex(...)</c>), or the one that contains it.</summary>
    public static AttributeSyntax? AttributeAt(SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span)
        => root.FindNode(span, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault();

    /// <summary>A named argument (<c>Where = ...</c>) of an attribute, or null.</summary>
    public static AttributeArgumentSyntax? Argument(AttributeSyntax attribute, string name)
        => attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);

    public static AttributeArgumentSyntax NamedArgument(string name, ExpressionSyntax value)
        => SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName(name)), nameColon: null, value);

    public static ExpressionSyntax True => SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression);

    public static ExpressionSyntax String(string value)
        => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));

    private static string SimpleName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => string.Empty,
    };
}
