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

        var directory = Directory(cancellationToken);
        var spec = SchemaParser.Parse(type, cancellationToken);
        var resolved = spec is null ? null : directory.Resolve(directory.ByType(spec.FullyQualifiedName) ?? spec, cancellationToken);
        return _resolved.GetOrAdd(type, resolved);
    }

    /// <summary>Every entity of the compilation, parsed once, on first use.</summary>
    public SchemaDirectory Directory(CancellationToken cancellationToken)
    {
        var directory = Volatile.Read(ref _directory);
        if (directory is not null)
        {
            return directory;
        }

        lock (_gate)
        {
            // A cancelled build leaves nothing behind; the next caller starts again.
            return _directory ??= new SchemaDirectory(ParseAll(cancellationToken), _options.Naming);
        }
    }

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
    {
        var names = Volatile.Read(ref _names);
        if (names is not null)
        {
            return names;
        }

        var directory = Directory(cancellationToken);
        lock (_gate)
        {
            return _names ??= NameRegistry.Build(directory, cancellationToken);
        }
    }

    private EntityTypeIndex EntityTypes(CancellationToken cancellationToken)
    {
        var index = Volatile.Read(ref _entityTypes);
        if (index is not null)
        {
            return index;
        }

        lock (_gate)
        {
            return _entityTypes ??= EntityTypeIndex.Build(_compilation, cancellationToken);
        }
    }

    private List<EntitySpec> ParseAll(CancellationToken cancellationToken)
    {
        var specs = new List<EntitySpec>();
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
                    if (type.TypeKind == Microsoft.CodeAnalysis.TypeKind.Class && SchemaParser.Parse(type, cancellationToken) is { } spec)
                    {
                        specs.Add(spec);
                    }
                }
            }
        }

        return specs;
    }
}
