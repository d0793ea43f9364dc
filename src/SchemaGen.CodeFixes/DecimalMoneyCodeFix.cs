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
using SchemaGen.Generator.Naming;

namespace SchemaGen.CodeFixes;

/// <summary>
/// SG3011: makes a money-like <c>float</c>/<c>double</c> property a <c>decimal</c> (<c>double?</c> becomes
/// <c>decimal?</c>). So that the entity still compiles, a floating-point literal initializer becomes a decimal
/// literal (<c>9.99</c> -&gt; <c>9.99m</c>), any other initializer is cast, and a floating-point <c>ColumnType</c>
/// (<c>double precision</c>, <c>real</c>) is removed so the column becomes <c>numeric</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DecimalMoneyCodeFix))]
[Shared]
public sealed class DecimalMoneyCodeFix : PropertyRewriteCodeFix
{
    /// <summary>Groups this fix for Fix All.</summary>
    public const string EquivalenceKey = "SchemaGen.SG3011.Decimal";

    private static readonly string[] FloatingPointTypes = { "real", "float4", "float8", "double precision", "float" };

    /// <summary>Creates the fix.</summary>
    public DecimalMoneyCodeFix()
        : base(DiagnosticIds.FloatingPointMoney, "Make it a decimal", EquivalenceKey)
    {
    }

    private protected override PropertyDeclarationSyntax Rewrite(PropertyDeclarationSyntax property)
    {
        var updated = property.WithType(PropertyEdits.PredefinedType(SyntaxKind.DecimalKeyword, PropertyEdits.IsNullableValueType(property.Type), property.Type));
        if (updated.Initializer is { Value: var value } initializer)
        {
            updated = updated.WithInitializer(initializer.WithValue(ToDecimal(value).WithTriviaFrom(value)));
        }

        foreach (var (attribute, argument) in new[] { ("Field", "ColumnType"), ("Column", "TypeName") })
        {
            if (PropertyEdits.FindWithArgument(updated, attribute, argument) is { } found
                && PropertyEdits.NamedArgument(found, argument)?.Expression is LiteralExpressionSyntax { Token.Value: string type }
                && FloatingPointTypes.Contains(PostgresTypeName.Parse(type).Name))
            {
                updated = updated.ReplaceNode(found, PropertyEdits.RemoveNamedArgument(found, argument));
            }
        }

        return updated;
    }

    /// <summary>A decimal expression for the old value: a decimal literal for a numeric literal, a cast otherwise.</summary>
    private static ExpressionSyntax ToDecimal(ExpressionSyntax value)
    {
        switch (value)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NumericLiteralExpression):
                return DecimalLiteral(literal);
            case PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax operand } unary when operand.IsKind(SyntaxKind.NumericLiteralExpression):
                return unary.WithOperand(DecimalLiteral(operand));
            case LiteralExpressionSyntax:
                return value;
            default:
                var operandExpression = value is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ParenthesizedExpressionSyntax
                    ? value.WithoutTrivia()
                    : SyntaxFactory.ParenthesizedExpression(value.WithoutTrivia());
                return SyntaxFactory.CastExpression(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.DecimalKeyword)), operandExpression);
        }
    }

    /// <summary><c>9.99</c>, <c>9.99d</c>, <c>9.99f</c> -&gt; <c>9.99m</c>; an integer literal stays as it is.</summary>
    private static LiteralExpressionSyntax DecimalLiteral(LiteralExpressionSyntax literal)
    {
        if (literal.Token.Value is not (double or float))
        {
            return literal;
        }

        var text = literal.Token.Text.TrimEnd('d', 'D', 'f', 'F') + "m";
        var token = SyntaxFactory.ParseToken(text).WithTriviaFrom(literal.Token);
        return literal.WithToken(token);
    }
}
