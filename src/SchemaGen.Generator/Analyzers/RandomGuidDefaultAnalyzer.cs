using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Diagnostics;
using TypeKind = SchemaGen.Generator.Model.TypeKind;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG3008: a <c>Guid</c> primary-key property that defaults to <c>Guid.NewGuid()</c>, in its initializer
/// (<c>= Guid.NewGuid();</c>) or by a plain assignment in a constructor (<c>Id = Guid.NewGuid();</c>). The
/// diagnostic sits on the property; its additional locations are the <c>Guid.NewGuid()</c> calls. When the
/// compilation's <c>System.Guid</c> has <c>CreateVersion7()</c> (.NET 9 and later) the fix calls it instead;
/// otherwise the fix removes the default, and Npgsql's EF Core provider generates a UUIDv7 when the entity is added.
/// </summary>
public sealed class RandomGuidDefaultAnalyzer : SourceRuleAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public RandomGuidDefaultAnalyzer()
        : base(Descriptors.RandomGuidDefault)
    {
    }

    private protected override void Analyze(RuleContext rule, SourceReporter reporter)
    {
        var cancellationToken = reporter.CancellationToken;
        foreach (var column in rule.Spec.Columns)
        {
            if (!column.IsPrimaryKey || column.Type.Kind != TypeKind.Guid || rule.FindProperty(column.PropertyName) is not { } property)
            {
                continue;
            }

            // A shared base class's property is judged once; another entity's own constructors still count.
            var judges = rule.Judges(column.PropertyName);
            var defaults = new List<Location>();
            if (judges)
            {
                foreach (var reference in property.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax(cancellationToken) is PropertyDeclarationSyntax { Initializer.Value: var value } && IsNewGuid(value))
                    {
                        defaults.Add(value.GetLocation());
                    }
                }
            }

            for (var type = rule.Type; type is not null; type = type.BaseType)
            {
                AddConstructorAssignments(type, property.Name, defaults, cancellationToken);
                if (!judges || SymbolEqualityComparer.Default.Equals(type, property.ContainingType))
                {
                    break;
                }
            }

            if (defaults.Count == 0)
            {
                continue;
            }

            var createVersion7 = property.Type.GetMembers("CreateVersion7").Any(m => m is IMethodSymbol { IsStatic: true, Parameters.Length: 0 });
            reporter.Report(
                Descriptors.RandomGuidDefault,
                rule.PropertyLocation(column.PropertyName),
                defaults,
                ImmutableDictionary<string, string?>.Empty.Add(FixProperties.GuidFix, createVersion7 ? FixProperties.GuidCreateVersion7 : FixProperties.GuidRemoveDefault),
                rule.Entity.Model.Table + "." + rule.Directory.ColumnOf(column),
                createVersion7
                    ? "Use Guid.CreateVersion7(), which is time-ordered."
                    : "Remove the default: Npgsql's EF Core provider (9.0 and later) gives an empty Guid key a time-ordered UUIDv7 when the entity is added.");
        }
    }

    /// <summary>Top-level <c>Id = Guid.NewGuid();</c> / <c>this.Id = Guid.NewGuid();</c> statements in the type's own constructors.</summary>
    private static void AddConstructorAssignments(INamedTypeSymbol type, string property, List<Location> defaults, CancellationToken cancellationToken)
    {
        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is not ConstructorDeclarationSyntax declaration)
                {
                    continue;
                }

                var expressions = declaration.Body is { } body
                    ? body.Statements.OfType<ExpressionStatementSyntax>().Select(s => s.Expression)
                    : declaration.ExpressionBody is { } arrow ? new[] { arrow.Expression } : Enumerable.Empty<ExpressionSyntax>();
                foreach (var expression in expressions)
                {
                    if (expression is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment
                        && Names(assignment.Left, property)
                        && IsNewGuid(assignment.Right))
                    {
                        defaults.Add(assignment.Right.GetLocation());
                    }
                }
            }
        }
    }

    private static bool Names(ExpressionSyntax target, string property) => target switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText == property,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: var name } => name.Identifier.ValueText == property,
        _ => false,
    };

    /// <summary><c>Guid.NewGuid()</c>, <c>System.Guid.NewGuid()</c> or <c>global::System.Guid.NewGuid()</c> (the property is a System.Guid).</summary>
    internal static bool IsNewGuid(ExpressionSyntax expression)
        => expression is InvocationExpressionSyntax
        {
            ArgumentList.Arguments.Count: 0,
            Expression: MemberAccessExpressionSyntax { Name: IdentifierNameSyntax { Identifier.ValueText: "NewGuid" }, Expression: var receiver },
        }
        && receiver switch
        {
            IdentifierNameSyntax name => name.Identifier.ValueText == "Guid",
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText == "Guid",
            _ => false,
        };
}
