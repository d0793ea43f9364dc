using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using TypeKind = SchemaGen.Generator.Model.TypeKind;
using SchemaGen.Generator.Naming;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG1004: a mutable entity without <c>CreatedAt</c> and <c>UpdatedAt</c> (<c>DateTime</c> or <c>DateTimeOffset</c>,
/// own or inherited). A table whose every column is part of its primary key (a link table) is not mutable:
/// a row is inserted or deleted, never updated.
/// </summary>
public sealed class MissingTimestampsAnalyzer : SchemaRuleAnalyzer
{
    /// <summary>Diagnostic property: the timestamp properties to add, comma-separated, when none of their names is taken.</summary>
    public const string AddKey = "Add";

    /// <summary>Diagnostic property: the metadata name of a class of the project that maps both timestamps.</summary>
    public const string BaseKey = "Base";

    /// <summary>Diagnostic property: the short name of that class, for the fix's title.</summary>
    public const string BaseNameKey = "BaseName";

    private static readonly string[] Timestamps = { "CreatedAt", "UpdatedAt" };

    /// <summary>Creates the analyzer.</summary>
    public MissingTimestampsAnalyzer()
        : base(Descriptors.MissingTimestamps)
    {
    }

    private protected override void Analyze(RuleContext context)
    {
        var spec = context.Spec;
        if (spec.Columns.Count == 0 || spec.Columns.All(c => c.IsPrimaryKey))
        {
            return;
        }

        var missing = Timestamps.Where(name => !spec.Columns.Any(c => c.PropertyName == name && c.Type.Kind is TypeKind.DateTime or TypeKind.DateTimeOffset)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty;
        if (missing.All(name => !context.Type.HasMemberNamed(name)))
        {
            properties = properties.Add(AddKey, string.Join(",", missing));
        }

        var advice = missing.Count == 2
            ? "Add CreatedAt and UpdatedAt properties (DateTimeOffset)."
            : "Add " + (missing[0] == "UpdatedAt" ? "an " : "a ") + missing[0] + " property (DateTimeOffset).";
        if (TimestampBase(context) is { } baseType)
        {
            properties = properties
                .Add(BaseKey, baseType.ToDisplayString(SymbolExtensions.FullyQualified))
                .Add(BaseNameKey, baseType.Name);
            advice = "Inherit from '" + baseType.Name + "', or a" + advice.Substring(1);
        }

        var naming = context.Schema.Options.Naming;
        var columns = string.Join(" and ", missing.Select(name => Identifiers.Column(name, naming)));
        context.ReportAt(Descriptors.MissingTimestamps, context.ClassLocation, properties, context.Entity.Model.Table, columns, advice);
    }

    /// <summary>
    /// The project's timestamp base class, when this entity can simply inherit from it: the entity derives from
    /// nothing but object, is as accessible as the base allows, is a record exactly when the base is, and declares
    /// no member the base would hide.
    /// </summary>
    private static INamedTypeSymbol? TimestampBase(RuleContext context)
    {
        var type = context.Type;
        if (type.BaseType is not { SpecialType: SpecialType.System_Object } || type.IsStatic)
        {
            return null;
        }

        foreach (var candidate in context.Schema.TimestampBases(context.CancellationToken))
        {
            if (candidate.IsRecord != type.IsRecord || !AccessibleEnough(candidate, type) || IsNestedIn(candidate, type))
            {
                continue;
            }

            var inherited = new HashSet<string>();
            for (var current = candidate; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (!member.IsImplicitlyDeclared && member is not IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor })
                    {
                        inherited.Add(member.Name);
                    }
                }
            }

            if (!type.GetMembers().Any(m => !m.IsImplicitlyDeclared && inherited.Contains(m.Name)))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A base class must be at least as accessible as the class deriving from it (CS0060).</summary>
    private static bool AccessibleEnough(INamedTypeSymbol baseType, INamedTypeSymbol type)
        => IsReachable(baseType) && (!type.IsPublicThroughout() || baseType.IsPublicThroughout());

    private static bool IsReachable(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNestedIn(INamedTypeSymbol candidate, INamedTypeSymbol type)
    {
        for (var current = candidate.ContainingType; current is not null; current = current.ContainingType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, type))
            {
                return true;
            }
        }

        return false;
    }
}
