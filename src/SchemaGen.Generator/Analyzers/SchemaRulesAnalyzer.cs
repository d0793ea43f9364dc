using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// The one analyzer the compiler loads for SchemaGen's schema rules: one symbol action per class that runs every
/// rule on the shared parser output (<see cref="SchemaCompilation"/>). One analyzer instead of one per rule, because
/// the analyzer driver's bookkeeping is per analyzer and per symbol: 30 analyzers that each subscribe to every class
/// cost the compiler about as much again as the rules' own work (docs/performance.md). Each rule stays its own class,
/// with its own tests, code fix and page, and <c>.editorconfig</c> severities still apply per diagnostic ID.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SchemaRulesAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Creates the analyzer with every rule.</summary>
    public SchemaRulesAnalyzer()
        : this(AllRules())
    {
    }

    /// <summary>Creates the analyzer with some rules only (tests of one rule).</summary>
    internal SchemaRulesAnalyzer(params SchemaRuleAnalyzer[] rules)
    {
        Rules = ImmutableArray.Create(rules);
        var descriptors = new List<DiagnosticDescriptor>();
        var ids = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            foreach (var descriptor in rule.SupportedDiagnostics)
            {
                if (ids.Add(descriptor.Id))
                {
                    descriptors.Add(descriptor);
                }
            }
        }

        SupportedDiagnostics = descriptors.ToImmutableArray();
    }

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>The rules this analyzer runs.</summary>
    internal ImmutableArray<SchemaRuleAnalyzer> Rules { get; }

    /// <summary>Every schema rule, in diagnostic-ID order.</summary>
    internal static SchemaRuleAnalyzer[] AllRules() =>
    [
        new MissingPrimaryKeyAnalyzer(),           // SG1001
        new UnindexedForeignKeyAnalyzer(),         // SG1002
        new PluralTableNameAnalyzer(),             // SG1003
        new MissingTimestampsAnalyzer(),           // SG1004
        new SensitivePlainTextAnalyzer(),          // SG1005
        new SoftDeleteIndexAnalyzer(),             // SG1006
        new BusinessKeyAnalyzer(),                 // SG1007
        new ResolverProblemAnalyzer(),             // SG2001-SG2003
        new UnknownSqlIdentifierAnalyzer(),        // SG2004
        new IdentifierTooLongAnalyzer(),           // SG2005
        new DuplicateNameAnalyzer(),               // SG2006
        new JsonbTypeAnalyzer(),                   // SG2007
        new SoftDeleteWithoutDeletedAtAnalyzer(),  // SG2008
        new LinkModelAnalyzer(),                   // SG2010
        new CheckEnumAnalyzer(),                   // SG2011
        new ReservedWordAnalyzer(),                // SG3001
        new TimestampWithoutTimeZoneAnalyzer(),    // SG3002
        new JsonColumnTypeAnalyzer(),              // SG3003
        new FixedLengthTextAnalyzer(),             // SG3004
        new SerialColumnAnalyzer(),                // SG3005
        new IntPrimaryKeyAnalyzer(),               // SG3006
        new RedundantIndexAnalyzer(),              // SG3007
        new RandomGuidDefaultAnalyzer(),           // SG3008
        new NullableBooleanAnalyzer(),             // SG3009
        new NotSnakeCaseAnalyzer(),                // SG3010
        new FloatingPointMoneyAnalyzer(),          // SG3011
        new ByteArrayRowVersionAnalyzer(),         // SG3012
    ];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(KnownNames.EntityAttribute) is null)
            {
                return;
            }

            var schema = SchemaCompilation.For(start.Compilation, start.Options);
            start.RegisterSymbolAction(
                symbolContext =>
                {
                    var type = (INamedTypeSymbol)symbolContext.Symbol;
                    if (type.TypeKind != TypeKind.Class || !type.HasAttribute(KnownNames.SchemaGenNamespace, KnownNames.Entity)
                        || schema.Get(type, symbolContext.CancellationToken) is not { } entity)
                    {
                        return;
                    }

                    var rule = new RuleContext(symbolContext, type, entity, schema);
                    foreach (var each in Rules)
                    {
                        symbolContext.CancellationToken.ThrowIfCancellationRequested();
                        each.Run(rule);
                    }
                },
                SymbolKind.NamedType);
        });
    }
}
