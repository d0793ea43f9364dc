using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SchemaGen.CodeFixes;

/// <summary>Edits the named arguments of a property's <c>[Field(...)]</c>, adding the attribute when it is absent.</summary>
internal static class FieldAttributeEditor
{
    /// <summary>Sets <c>name = value</c> on the property's <c>[Field]</c>, replacing an existing value.</summary>
    public static PropertyDeclarationSyntax SetArgument(PropertyDeclarationSyntax property, string name, ExpressionSyntax value)
    {
        var argument = SyntaxFactory.AttributeArgument(
            SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName(name)),
            nameColon: null,
            value);

        var field = FindField(property);
        if (field is null)
        {
            var attribute = SyntaxFactory.Attribute(
                SyntaxFactory.IdentifierName("Field"),
                SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(argument)));
            var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute))
                .WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed);
            return property.AddAttributeLists(list);
        }

        var arguments = field.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
        var existing = arguments.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
        var updated = existing is null
            ? arguments.AddArguments(argument)
            : arguments.ReplaceNode(existing, existing.WithExpression(value.WithTriviaFrom(existing.Expression)));
        return property.ReplaceNode(field, field.WithArgumentList(updated));
    }

    /// <summary>The property's <c>[Field]</c> (written <c>Field</c>, <c>FieldAttribute</c>, or qualified).</summary>
    public static AttributeSyntax? FindField(PropertyDeclarationSyntax property)
        => property.AttributeLists
            .SelectMany(list => list.Attributes)
            .FirstOrDefault(attribute => SimpleName(attribute.Name) is "Field" or "FieldAttribute");

    private static string SimpleName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => string.Empty,
    };
}
