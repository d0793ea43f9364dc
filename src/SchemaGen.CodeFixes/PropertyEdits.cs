using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace SchemaGen.CodeFixes;

/// <summary>
/// Syntax edits the SG3xxx fixes share, beside <see cref="AttributeEditor"/>: find the property a diagnostic sits on,
/// remove a named attribute argument or a whole attribute, add an attribute above a member, change a property's type.
/// </summary>
internal static class PropertyEdits
{
    /// <summary>The property whose name (or anything inside it) the span points at.</summary>
    public static PropertyDeclarationSyntax? FindProperty(SyntaxNode root, TextSpan span)
        => root.FullSpan.Contains(span)
            ? root.FindToken(span.Start).Parent?.AncestorsAndSelf().OfType<PropertyDeclarationSyntax>().FirstOrDefault()
            : null;

    /// <summary>The named argument <c>name = ...</c> of an attribute, or null.</summary>
    public static AttributeArgumentSyntax? NamedArgument(AttributeSyntax attribute, string name)
        => attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);

    /// <summary>
    /// The first attribute called <paramref name="shortName"/> on the member that sets <paramref name="argument"/>
    /// (<c>[Field(ColumnType = ...)]</c>), or null.
    /// </summary>
    public static AttributeSyntax? FindWithArgument(MemberDeclarationSyntax member, string shortName, string argument)
        => member.AttributeLists
            .SelectMany(list => list.Attributes)
            .FirstOrDefault(a => AttributeEditor.Is(a, shortName) && NamedArgument(a, argument) is not null);

    /// <summary>The attribute without the named argument; without an argument list when none is left (<c>[Field]</c>).</summary>
    public static AttributeSyntax RemoveNamedArgument(AttributeSyntax attribute, string name)
    {
        if (attribute.ArgumentList is not { } list || NamedArgument(attribute, name) is not { } argument)
        {
            return attribute;
        }

        var arguments = list.Arguments.Remove(argument);
        return arguments.Count == 0
            ? attribute.WithArgumentList(null).WithTrailingTrivia(list.GetTrailingTrivia())
            : attribute.WithArgumentList(list.WithArguments(arguments));
    }

    /// <summary>
    /// The member without one attribute: the attribute alone leaves its list, a list of one leaves the member, and
    /// the member keeps the removed list's leading trivia (documentation comments, indentation) when it was the first.
    /// </summary>
    public static TMember RemoveAttribute<TMember>(TMember member, AttributeSyntax attribute)
        where TMember : MemberDeclarationSyntax
    {
        if (attribute.Parent is not AttributeListSyntax list || !member.AttributeLists.Contains(list))
        {
            return member;
        }

        if (list.Attributes.Count > 1)
        {
            return member.ReplaceNode(list, list.WithAttributes(list.Attributes.Remove(attribute)));
        }

        var index = member.AttributeLists.IndexOf(list);
        var lists = member.AttributeLists.RemoveAt(index);
        var updated = (TMember)member.WithAttributeLists(lists);
        return index == 0 ? updated.WithLeadingTrivia(list.GetLeadingTrivia()) : updated;
    }

    /// <summary>
    /// The member with a new attribute list after its last one, on a line of its own with the same indentation.
    /// The attribute's name is simplified (and its namespace imported) when the code action cleans up.
    /// </summary>
    public static TMember AddAttribute<TMember>(TMember member, AttributeSyntax attribute)
        where TMember : MemberDeclarationSyntax
    {
        var annotated = attribute.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(annotated));
        if (member.AttributeLists.Count == 0)
        {
            var leading = member.GetLeadingTrivia();
            var bare = member.WithLeadingTrivia(Indentation(leading));
            return (TMember)bare.WithAttributeLists(bare.AttributeLists.Add(list.WithLeadingTrivia(leading).WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed)));
        }

        var last = member.AttributeLists[member.AttributeLists.Count - 1];
        var added = list.WithLeadingTrivia(Indentation(last.GetLeadingTrivia())).WithTrailingTrivia(last.GetTrailingTrivia());
        return (TMember)member.WithAttributeLists(member.AttributeLists.Add(added));
    }

    /// <summary>A predefined type (<c>long</c>, <c>decimal</c>, <c>uint</c>), nullable or not, in the old type's place and trivia.</summary>
    public static TypeSyntax PredefinedType(SyntaxKind keyword, bool nullable, TypeSyntax old)
    {
        TypeSyntax type = SyntaxFactory.PredefinedType(SyntaxFactory.Token(keyword));
        if (nullable)
        {
            type = SyntaxFactory.NullableType(type);
        }

        return type.WithTriviaFrom(old);
    }

    /// <summary>Whether a type is written as a nullable value type: <c>int?</c>, <c>Nullable&lt;int&gt;</c>, <c>System.Nullable&lt;int&gt;</c>.</summary>
    public static bool IsNullableValueType(TypeSyntax type) => type switch
    {
        NullableTypeSyntax => true,
        GenericNameSyntax { Identifier.ValueText: "Nullable", TypeArgumentList.Arguments.Count: 1 } => true,
        QualifiedNameSyntax { Right: GenericNameSyntax { Identifier.ValueText: "Nullable", TypeArgumentList.Arguments.Count: 1 } } => true,
        AliasQualifiedNameSyntax { Name: GenericNameSyntax { Identifier.ValueText: "Nullable", TypeArgumentList.Arguments.Count: 1 } } => true,
        _ => false,
    };

    /// <summary>The property without its initializer (<c>= ...;</c>).</summary>
    public static PropertyDeclarationSyntax RemoveInitializer(PropertyDeclarationSyntax property)
    {
        if (property.Initializer is null)
        {
            return property;
        }

        var trailing = property.SemicolonToken.TrailingTrivia;
        var updated = property.WithInitializer(null).WithSemicolonToken(default);
        return updated.AccessorList is { } accessors
            ? updated.WithAccessorList(accessors.WithCloseBraceToken(accessors.CloseBraceToken.WithTrailingTrivia(trailing)))
            : updated.WithTrailingTrivia(trailing);
    }

    /// <summary>The white space that ends a leading trivia list: the indentation of the line the node starts on.</summary>
    private static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
    {
        var indentation = SyntaxFactory.TriviaList();
        for (var i = leading.Count - 1; i >= 0 && leading[i].IsKind(SyntaxKind.WhitespaceTrivia); i--)
        {
            indentation = indentation.Insert(0, leading[i]);
        }

        return indentation;
    }
}
