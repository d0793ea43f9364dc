using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Emitting;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Naming;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator;

/// <summary>
/// The incremental generator: <c>[Entity]</c> classes -&gt; <see cref="EntitySpec"/> (parser, symbols dropped
/// at once) -&gt; collected and resolved into <see cref="EntityModel"/>s -&gt; one configuration file each, plus
/// the aggregate entry points. It reports no diagnostics: the analyzers read the same parser output.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SchemaGenGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => ReadOptions(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        // Every step over the entities runs once per entity on every edit, so the chain is kept short: nulls
        // (classes that cannot be mapped, second declarations) are filtered where they arise and carried as
        // nullable types rather than through extra Select steps.
        var entities = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.EntityAttribute,
                static (node, _) => node is ClassDeclarationSyntax,
                static (context, token) => IsFirstEntityDeclaration(context)
                    ? SchemaParser.Parse((INamedTypeSymbol)context.TargetSymbol, token)
                    : null)
            .Where(static spec => spec is not null)
            .WithTrackingName(TrackingNames.Entities);

        var all = entities.Collect()
            .Combine(options)
            .WithTrackingName(TrackingNames.AllEntities);

        // Resolution needs every entity (a foreign key names another table), but each output depends only
        // on its own resolved model: every entity is resolved again when any changes, and only those whose
        // model really changed are emitted again. Items keep their own identity, so adding or removing an
        // entity never disturbs the others.
        var models = entities
            .Combine(all)
            .Select(static (pair, token) => Resolve(pair.Left!, pair.Right.Left.As<EntitySpec>(), pair.Right.Right, token))
            .WithTrackingName(TrackingNames.Models);

        context.RegisterSourceOutput(models, static (output, model) =>
        {
            if (model is not null)
            {
                output.AddSource(model.HintName, ConfigurationEmitter.Emit(model));
            }
        });

        // The aggregate outputs see only small projections of the models, so they are re-emitted only
        // when what they print changes.
        var collected = models.Collect().Select(static (list, _) => list.Where(static m => m is not null).Select(static m => m!).ToImmutableArray());
        var references = collected
            .Select(static (list, _) => list
                .Select(static e => new EntityReference(e.Namespace, e.ConfigurationClassName, e.FullyQualifiedName))
                .OrderBy(static e => e.FullyQualifiedName, System.StringComparer.Ordinal)
                .ToEquatableArray())
            .Combine(options)
            .WithTrackingName(TrackingNames.References);

        // An assembly without entities gets no entry points at all: a project that only references an entity
        // library with public entry points then calls the library's, with nothing ambiguous.
        context.RegisterSourceOutput(references, static (output, pair) =>
        {
            if (!pair.Left.IsEmpty)
            {
                output.AddSource(AggregateEmitter.HintName, AggregateEmitter.EmitModelBuilderExtensions(pair.Left, pair.Right));
            }
        });

        var runtime = collected
            .Select(static (list, _) => !list.IsEmpty)
            .Combine(options)
            .WithTrackingName(TrackingNames.Runtime);

        context.RegisterSourceOutput(runtime, static (output, pair) =>
        {
            if (pair.Left)
            {
                output.AddSource(RuntimeEmitter.HintName, RuntimeEmitter.Emit(pair.Right));
            }
        });

        var erd = collected
            .Select(static (list, _) => ErdEmitter.Project(list))
            .Combine(options)
            .WithTrackingName(TrackingNames.Erd);

        context.RegisterSourceOutput(erd, static (output, pair) =>
        {
            if (!pair.Left.IsEmpty)
            {
                output.AddSource(ErdEmitter.HintName, ErdEmitter.Emit(pair.Left, pair.Right));
            }
        });
    }

    /// <summary>
    /// The entity's model, or null for a second declaration of an entity already resolved. Public only when both
    /// the class and the <c>SchemaGenPublic</c> option say so.
    /// </summary>
    private static EntityModel? Resolve(EntitySpec spec, ImmutableArray<EntitySpec> all, GeneratorOptions options, System.Threading.CancellationToken token)
    {
        var directory = SchemaDirectory.Shared(all, options.Naming);
        if (!Equals(directory.ByType(spec.FullyQualifiedName), spec))
        {
            return null;
        }

        var model = directory.Resolve(spec, token).Model;
        return model.IsPublic && !options.Public ? model with { IsPublic = false } : model;
    }

    /// <summary>
    /// A class declared in several parts (or, in code that does not compile yet, twice) is one symbol: only
    /// the part that carries its first <c>[Entity]</c> produces it, so it is emitted once.
    /// </summary>
    private static bool IsFirstEntityDeclaration(GeneratorAttributeSyntaxContext context)
    {
        var symbol = (INamedTypeSymbol)context.TargetSymbol;
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.Is(KnownNames.SchemaGenNamespace, KnownNames.Entity))
            {
                return attribute.ApplicationSyntaxReference is not { } reference
                    || (reference.SyntaxTree == context.TargetNode.SyntaxTree && context.TargetNode.Span.Contains(reference.Span));
            }
        }

        return true;
    }

    internal static GeneratorOptions ReadOptions(AnalyzerConfigOptions options)
    {
        var naming = options.TryGetValue("build_property.SchemaGenNaming", out var value)
            && value.Trim().Equals("none", System.StringComparison.OrdinalIgnoreCase)
                ? NamingStyle.None
                : NamingStyle.SnakeCase;
        var isPublic = options.TryGetValue("build_property.SchemaGenPublic", out var publicValue)
            && publicValue.Trim().Equals("true", System.StringComparison.OrdinalIgnoreCase);
        return new GeneratorOptions(naming, isPublic);
    }
}
