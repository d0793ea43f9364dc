using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Parsing;
using SchemaGen.Generator.Model;
using TypeKind = SchemaGen.Generator.Model.TypeKind;

namespace SchemaGen.Generator.Analyzers;

/// <summary>SG1001: an entity with no primary key (no <c>PrimaryKey</c>, no <c>[Key]</c>, no <c>Id</c>/<c>&lt;Type&gt;Id</c>).</summary>
public sealed class MissingPrimaryKeyAnalyzer : SchemaRuleAnalyzer
{
    /// <summary>Diagnostic property: a property of the class that looks like its key (<c>EntryId</c>, <c>Code</c>).</summary>
    public const string KeyCandidateKey = "KeyCandidate";

    /// <summary>Diagnostic property, "true" when no member called <c>Id</c> stands in the way of adding one.</summary>
    public const string CanAddIdKey = "CanAddId";

    /// <summary>Creates the analyzer.</summary>
    public MissingPrimaryKeyAnalyzer()
        : base(Descriptors.MissingPrimaryKey)
    {
    }

    private protected override void Analyze(RuleContext context)
    {
        if (context.Spec.KeySource != KeySource.None)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty;
        if (KeyCandidate(context) is { } candidate)
        {
            properties = properties.Add(KeyCandidateKey, candidate);
        }

        if (!context.Type.HasMemberNamed("Id"))
        {
            properties = properties.Add(CanAddIdKey, "true");
        }

        context.ReportAt(Descriptors.MissingPrimaryKey, context.ClassLocation, properties, context.Spec.ClassName, context.Entity.Model.Table);
    }

    /// <summary>
    /// A mapped property of the class itself whose name says "identifier" (<c>…Id</c>, <c>…Uuid</c>, <c>Code</c>,
    /// <c>Key</c>) with a type a key can have, that is no foreign key and does not name another entity
    /// (<c>UserId</c> in a class next to <c>User</c> is a reference).
    /// </summary>
    private static string? KeyCandidate(RuleContext context)
    {
        foreach (var column in context.Spec.Columns)
        {
            var name = column.PropertyName;
            var keyType = column.Type.Kind is TypeKind.Guid or TypeKind.Int16 or TypeKind.Int32 or TypeKind.Int64 or TypeKind.String;
            if (!keyType || column.ForeignKey is not null || (column.Type.IsNullable && column.Type.Kind != TypeKind.String))
            {
                continue;
            }

            var suffix = new[] { "Id", "ID", "Uuid", "UUID", "Guid" }.FirstOrDefault(s => name.Length > s.Length && name.EndsWith(s, StringComparison.Ordinal));
            var looksLikeKey = suffix is not null || name is "Key" or "Code" or "Uuid";
            if (!looksLikeKey)
            {
                continue;
            }

            if (suffix is not null && context.Directory.Entities.Any(e => e.ClassName == name.Substring(0, name.Length - suffix.Length)))
            {
                continue;
            }

            if (context.Type.GetMembers(name).Any(m => m is IPropertySymbol && m.Locations.Any(l => l.IsInSource)))
            {
                return name;
            }
        }

        return null;
    }
}
