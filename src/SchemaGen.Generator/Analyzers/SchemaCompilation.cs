using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// The parser's output for one compilation, shared by every rule: each entity is parsed and resolved
/// once, however many rules look at it.
/// </summary>
internal sealed class SchemaCompilation
{
    private static readonly ConditionalWeakTable<Compilation, SchemaCompilation> Cache = new();

    private readonly Compilation _compilation;
    private readonly GeneratorOptions _options;
    private readonly object _gate = new();
    private readonly ConcurrentDictionary<INamedTypeSymbol, ResolvedEntity?> _resolved = new(SymbolEqualityComparer.Default);
    private SchemaDirectory? _directory;
    private IReadOnlyList<INamedTypeSymbol>? _classes;
    private EntityTypeIndex? _entityTypes;
    private NameRegistry? _names;

    private SchemaCompilation(Compilation compilation, GeneratorOptions options)
    {
        _compilation = compilation;
        _options = options;
    }

    public static SchemaCompilation For(Compilation compilation, AnalyzerOptions options)
        => Cache.GetValue(compilation, c => new SchemaCompilation(c, SchemaGenGenerator.ReadOptions(options.AnalyzerConfigOptionsProvider.GlobalOptions)));

    public GeneratorOptions Options => _options;

    /// <summary>The resolved entity for an <c>[Entity]</c> class of this compilation, or null.</summary>
    public ResolvedEntity? Get(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (_resolved.TryGetValue(type, out var cached))
        {
            return cached;
        }

        // The directory has parsed every entity of the compilation already: look the class up rather than parse it
        // again (a class it does not know, one that cannot be mapped, is parsed, and comes back null).
        var directory = Directory(cancellationToken);
        var spec = directory.ByType(type.ToDisplayString(SymbolExtensions.FullyQualified)) ?? SchemaParser.Parse(type, cancellationToken);
        var resolved = spec is null ? null : directory.Resolve(spec, cancellationToken);
        return _resolved.GetOrAdd(type, resolved);
    }

    /// <summary>Every entity of the compilation, parsed once, on first use.</summary>
    public SchemaDirectory Directory(CancellationToken cancellationToken)
        => Once(ref _directory, () => new SchemaDirectory(ParseAll(cancellationToken), _options.Naming));

    /// <summary>
    /// The first entity (by fully qualified name) that derives from a class, or null. Rules use it to report
    /// on a shared base class's property once rather than once per entity.
    /// </summary>
    public INamedTypeSymbol? FirstEntityDerivingFrom(INamedTypeSymbol baseType, CancellationToken cancellationToken)
        => EntityTypes(cancellationToken).FirstDerivingFrom(baseType);

    /// <summary>
    /// Classes of this compilation that are no entity and map <c>CreatedAt</c> and <c>UpdatedAt</c> as
    /// <c>DateTime</c>/<c>DateTimeOffset</c> (the seed's <c>TimestampMixin</c>), ordered with names that say
    /// "Timestamp" first, then by name.
    /// </summary>
    public IReadOnlyList<INamedTypeSymbol> TimestampBases(CancellationToken cancellationToken)
        => EntityTypes(cancellationToken).TimestampBases;

    /// <summary>Every table, index and constraint name of the compilation, built once, on first use (SG2006).</summary>
    public NameRegistry Names(CancellationToken cancellationToken)
        => Once(ref _names, () => NameRegistry.Build(Directory(cancellationToken), cancellationToken));

    private EntityTypeIndex EntityTypes(CancellationToken cancellationToken)
        => Once(ref _entityTypes, () => EntityTypeIndex.Build(Classes(cancellationToken), cancellationToken));

    private List<EntitySpec> ParseAll(CancellationToken cancellationToken)
    {
        var specs = new List<EntitySpec>();
        foreach (var type in Classes(cancellationToken))
        {
            if (SchemaParser.Parse(type, cancellationToken) is { } spec)
            {
                specs.Add(spec);
            }
        }

        return specs;
    }

    /// <summary>Every class declared in this compilation (nested ones included), found by one walk and shared.</summary>
    private IReadOnlyList<INamedTypeSymbol> Classes(CancellationToken cancellationToken)
        => Once(ref _classes, () =>
        {
            var classes = new List<INamedTypeSymbol>();
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(_compilation.Assembly.GlobalNamespace);
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var member in pending.Pop().GetMembers())
                {
                    if (member is INamespaceSymbol ns)
                    {
                        pending.Push(ns);
                    }
                    else if (member is INamedTypeSymbol type)
                    {
                        pending.Push(type);
                        if (type.TypeKind == Microsoft.CodeAnalysis.TypeKind.Class)
                        {
                            classes.Add(type);
                        }
                    }
                }
            }

            return classes;
        });

    /// <summary>
    /// A value built once per compilation, on first use. A build that is cancelled leaves nothing behind, so the
    /// next caller starts again.
    /// </summary>
    private T Once<T>(ref T? field, Func<T> build)
        where T : class
    {
        var value = Volatile.Read(ref field);
        if (value is not null)
        {
            return value;
        }

        lock (_gate)
        {
            return field ??= build();
        }
    }
}
