using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG2009: <c>DateTime.Now</c>, <c>DateTime.Today</c> or <c>DateTimeOffset.Now</c> (also through <c>AddDays(...)</c>,
/// <c>.Date</c>, <c>?:</c> and <c>??</c>) assigned to a timestamp column of an entity: in an assignment, an
/// object initializer or a property initializer. Npgsql writes <c>DateTime</c> and <c>DateTimeOffset</c> to
/// <c>timestamptz</c> and refuses a local <c>DateTime</c> or a non-zero offset when saving. A column mapped as
/// <c>timestamp</c> (without time zone) or <c>date</c> takes local values and is not flagged.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LocalDateTimeAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: what replaces <c>Now</c>/<c>Today</c> (<c>UtcNow</c>, <c>UtcNow.Date</c>).</summary>
    public const string ReplacementKey = "Replacement";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.LocalDateTime);

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
            start.RegisterOperationAction(
                operation =>
                {
                    if (operation.Operation is IAssignmentOperation { Target: IPropertyReferenceOperation target } assignment)
                    {
                        Check(operation, schema, target.Property, target.Instance?.Type as INamedTypeSymbol, assignment.Value);
                    }
                },
                OperationKind.SimpleAssignment,
                OperationKind.CoalesceAssignment);
            start.RegisterOperationAction(
                operation =>
                {
                    var initializer = (IPropertyInitializerOperation)operation.Operation;
                    foreach (var property in initializer.InitializedProperties)
                    {
                        Check(operation, schema, property, null, initializer.Value);
                    }
                },
                OperationKind.PropertyInitializer);
        });
    }

    private static void Check(OperationAnalysisContext context, SchemaCompilation schema, IPropertySymbol property, INamedTypeSymbol? receiver, IOperation? value)
    {
        if (value is null || property.IsStatic)
        {
            return;
        }

        var clocks = new List<IPropertyReferenceOperation>();
        CollectLocalClocks(value, clocks);
        if (clocks.Count == 0 || Column(context, schema, property, receiver) is not { } column)
        {
            return;
        }

        foreach (var clock in clocks)
        {
            var type = clock.Property.ContainingType.Name;
            var replacement = clock.Property.Name == "Today" ? "UtcNow.Date" : "UtcNow";
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.LocalDateTime,
                clock.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(ReplacementKey, replacement),
                type + "." + clock.Property.Name,
                column,
                type + "." + replacement));
        }
    }

    /// <summary>
    /// The timestamptz column a property maps to, as <c>table.column</c> (or just <c>column</c> for a base class
    /// that several entities share), or null when no entity maps it to timestamptz.
    /// </summary>
    private static string? Column(OperationAnalysisContext context, SchemaCompilation schema, IPropertySymbol property, INamedTypeSymbol? receiver)
    {
        var type = property.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : property.Type;
        if (type.SpecialType != SpecialType.System_DateTime && !IsDateTimeOffset(type))
        {
            return null;
        }

        var shared = false;
        var entity = receiver is not null && IsEntity(receiver) ? receiver
            : IsEntity(property.ContainingType) ? property.ContainingType
            : null;
        if (entity is null)
        {
            entity = schema.FirstEntityDerivingFrom(property.ContainingType, context.CancellationToken);
            shared = true;
        }

        if (entity is null || schema.Get(entity, context.CancellationToken) is not { } resolved)
        {
            return null;
        }

        var column = resolved.Spec.Columns.FirstOrDefault(c => c.PropertyName == property.Name);
        if (column is null || TakesLocalTime(column.ColumnType))
        {
            return null;
        }

        var name = schema.Directory(context.CancellationToken).ColumnOf(column);
        return shared ? name : resolved.Model.Table + "." + name;
    }

    private static bool IsEntity(INamedTypeSymbol type) => type.HasAttribute(KnownNames.SchemaGenNamespace, KnownNames.Entity);

    private static bool IsDateTimeOffset(ITypeSymbol type) => type.Name == "DateTimeOffset" && type.ContainingNamespace.IsNamespace("System");

    /// <summary>Column types that store local time: <c>timestamp [without time zone]</c> and <c>date</c>.</summary>
    private static bool TakesLocalTime(string? columnType)
    {
        if (columnType is null)
        {
            return false;
        }

        var type = columnType.Trim().ToLowerInvariant();
        return type == "date"
            || (type.StartsWith("timestamp", StringComparison.Ordinal) && !type.StartsWith("timestamptz", StringComparison.Ordinal) && type.IndexOf("with time zone", StringComparison.Ordinal) < 0);
    }

    /// <summary>The reads of the local clock whose value (or a value derived with its kind kept) is what gets assigned.</summary>
    private static void CollectLocalClocks(IOperation operation, List<IPropertyReferenceOperation> clocks)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        switch (operation)
        {
            case IPropertyReferenceOperation { Property.IsStatic: true } read when IsLocalClock(read.Property):
                clocks.Add(read);
                break;
            case IPropertyReferenceOperation { Instance: { } instance, Property.Name: "Date" } when IsClockType(instance.Type):
                CollectLocalClocks(instance, clocks);
                break;
            case IInvocationOperation { Instance: { } instance } call
                when IsClockType(instance.Type) && (call.TargetMethod.Name.StartsWith("Add", StringComparison.Ordinal) || call.TargetMethod.Name == "Subtract")
                    && SymbolEqualityComparer.Default.Equals(call.TargetMethod.ReturnType, instance.Type):
                CollectLocalClocks(instance, clocks);
                break;
            case IConditionalOperation conditional:
                CollectLocalClocks(conditional.WhenTrue, clocks);
                if (conditional.WhenFalse is { } whenFalse)
                {
                    CollectLocalClocks(whenFalse, clocks);
                }

                break;
            case ICoalesceOperation coalesce:
                CollectLocalClocks(coalesce.WhenNull, clocks);
                break;
        }
    }

    private static bool IsLocalClock(IPropertySymbol property)
        => property.ContainingType.SpecialType == SpecialType.System_DateTime
            ? property.Name is "Now" or "Today"
            : IsDateTimeOffset(property.ContainingType) && property.Name == "Now";

    private static bool IsClockType(ITypeSymbol? type) => type is not null && (type.SpecialType == SpecialType.System_DateTime || IsDateTimeOffset(type));
}
