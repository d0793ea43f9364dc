using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Parsing;
using TypeKind = SchemaGen.Generator.Model.TypeKind;

namespace SchemaGen.Generator.Analyzers;

/// <summary>SG2008: a <c>[SoftDelete]</c> entity without a mapped <c>DateTime?</c>/<c>DateTimeOffset?</c> <c>DeletedAt</c> (own or inherited).</summary>
public sealed class SoftDeleteWithoutDeletedAtAnalyzer : SchemaRuleAnalyzer
{
    /// <summary>Diagnostic property: what the fix can do, <see cref="AddFix"/> or <see cref="MakeNullableFix"/>.</summary>
    public const string FixKey = "Fix";

    /// <summary>No member is called DeletedAt: add the property.</summary>
    public const string AddFix = "Add";

    /// <summary>The class declares a non-nullable DateTime/DateTimeOffset DeletedAt: make it nullable.</summary>
    public const string MakeNullableFix = "MakeNullable";

    private const string DeletedAt = "DeletedAt";

    /// <summary>Creates the analyzer.</summary>
    public SoftDeleteWithoutDeletedAtAnalyzer()
        : base(Descriptors.SoftDeleteWithoutDeletedAt)
    {
    }

    private protected override void Analyze(RuleContext context)
    {
        var spec = context.Spec;
        if (!spec.SoftDelete)
        {
            return;
        }

        var column = spec.Columns.FirstOrDefault(c => c.PropertyName == DeletedAt);
        var timestamp = column is not null && column.Type.Kind is TypeKind.DateTime or TypeKind.DateTimeOffset;
        if (timestamp && column!.Type.IsNullable)
        {
            return;
        }

        var member = FindMember(context.Type);
        var properties = ImmutableDictionary<string, string?>.Empty;
        string detail;
        string advice;
        if (member is null)
        {
            detail = string.Empty;
            advice = "Add 'public DateTimeOffset? DeletedAt { get; set; }'.";
            properties = properties.Add(FixKey, AddFix);
        }
        else if (timestamp)
        {
            var type = column!.Type.Kind == TypeKind.DateTime ? "DateTime" : "DateTimeOffset";
            detail = "; its 'DeletedAt' is a " + type + ", which cannot be NULL";
            advice = "Make it '" + type + "?'.";
            if (SymbolEqualityComparer.Default.Equals(member.ContainingType, context.Type) && member.Locations.Any(l => l.IsInSource))
            {
                properties = properties.Add(FixKey, MakeNullableFix);
            }
        }
        else if (column is null)
        {
            detail = "; its 'DeletedAt' is not mapped";
            advice = "Make it a public 'DateTimeOffset? DeletedAt { get; set; }' without [NotMapped].";
        }
        else
        {
            detail = "; its 'DeletedAt' is a " + (member is IPropertySymbol property ? property.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) : member.Kind.ToString());
            advice = "Make it 'DateTimeOffset? DeletedAt { get; set; }'.";
        }

        context.ReportAt(Descriptors.SoftDeleteWithoutDeletedAt, context.ClassLocation, properties, spec.ClassName, context.Entity.Model.Table, detail, advice);
    }

    private static ISymbol? FindMember(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers(DeletedAt).FirstOrDefault() is { } member)
            {
                return member;
            }
        }

        return null;
    }
}
