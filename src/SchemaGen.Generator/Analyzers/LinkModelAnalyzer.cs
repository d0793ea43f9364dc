using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG2010: a <c>[Relationship(LinkModel = typeof(...))]</c> whose link class is no <c>[Entity]</c>, or has no
/// <c>[Field(ForeignKey = ...)]</c> to one of the two sides (two to the same entity for a self-referencing
/// many-to-many). A link whose foreign keys do not resolve is SG2001's to report.
/// </summary>
public sealed class LinkModelAnalyzer : SchemaRuleAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public LinkModelAnalyzer()
        : base(Descriptors.InvalidLinkModel)
    {
    }

    private protected override void Analyze(RuleContext context)
    {
        var spec = context.Spec;
        foreach (var navigation in spec.Navigations)
        {
            if (navigation.LinkModelMetadataName is null || !context.Judges(navigation.PropertyName)
                || context.Directory.ByType(navigation.TargetMetadataName) is not { } target
                || LinkType(context, navigation.PropertyName) is not { } linkType)
            {
                continue;
            }

            var where = spec.ClassName + "." + navigation.PropertyName;
            var ownTable = context.Entity.Model.Table;
            var targetTable = context.Directory.TableOf(target);
            var link = linkType.HasAttribute(KnownNames.SchemaGenNamespace, KnownNames.Entity) ? context.Schema.Get(linkType, context.CancellationToken) : null;
            string? reason = null;
            if (link is null)
            {
                reason = "is no [Entity]; mark it [Entity] with a [Field(ForeignKey = ...)] to '" + ownTable + "' and one to '" + targetTable + "'.";
            }
            else if (!link.Problems.Any(p => p.Id == DiagnosticIds.UnresolvedForeignKey))
            {
                var toOwn = link.ForeignKeys.Count(fk => fk.Principal.FullyQualifiedName == spec.FullyQualifiedName);
                var toTarget = link.ForeignKeys.Count(fk => fk.Principal.FullyQualifiedName == target.FullyQualifiedName);
                var selfReference = spec.FullyQualifiedName == target.FullyQualifiedName;
                if (selfReference && toOwn < 2)
                {
                    reason = "needs two foreign keys to '" + ownTable + "', one for each side of the relationship; it has " + toOwn.ToString(CultureInfo.InvariantCulture) + ". Add [Field(ForeignKey = \"" + ownTable + "." + KeyColumn(context, spec) + "\", PrimaryKey = true)] properties.";
                }
                else if (!selfReference && (toOwn == 0 || toTarget == 0))
                {
                    var missing = toOwn == 0 ? spec : target;
                    var missingTable = context.Directory.TableOf(missing);
                    reason = "has no foreign key to '" + missingTable + "'. Add [Field(ForeignKey = \"" + missingTable + "." + KeyColumn(context, missing) + "\", PrimaryKey = true)] public <key type> " + missing.ClassName + "Id { get; set; } to '" + linkType.Name + "'.";
                }
            }

            if (reason is not null)
            {
                context.ReportAt(Descriptors.InvalidLinkModel, context.PropertyLocation(navigation.PropertyName), null, linkType.Name, where, reason);
            }
        }
    }

    private static INamedTypeSymbol? LinkType(RuleContext context, string navigation)
        => context.FindProperty(navigation)?.GetAttributes().Find(KnownNames.SchemaGenNamespace, KnownNames.Relationship)?.Named("LinkModel") is { Value: INamedTypeSymbol type }
            ? type
            : null;

    private static string KeyColumn(RuleContext context, Model.EntitySpec entity)
        => entity.Columns.FirstOrDefault(c => c.IsPrimaryKey) is { } key ? context.Directory.ColumnOf(key) : "id";
}
