using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Naming;
using SchemaGen.Generator.Parsing;
using TypeKind = SchemaGen.Generator.Model.TypeKind;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG2011: a <c>[Check]</c> that lists the values of an enum column (<c>status IN ('pending', 'shipped')</c> or
/// <c>status = ANY (ARRAY[...])</c>) and disagrees with the enum. The values are compared with what EF Core and
/// Npgsql write for the column:
/// <list type="bullet">
/// <item>no <c>ColumnType</c>, or an integer type: the enum's numbers (EF Core's default), so strings never match;</item>
/// <item>a text type (<c>text</c>, <c>varchar(n)</c>, <c>citext</c>): the member names as declared (EF Core converts
/// an enum to its name when the column is text), compared case-sensitively;</item>
/// <item>any other type, a PostgreSQL enum (<c>MapEnum</c>): the labels Npgsql gives the members, <c>[PgName]</c> or
/// the snake_case of the name.</item>
/// </list>
/// <c>[Flags]</c> enums are left alone: their columns hold combinations.
/// </summary>
public sealed class CheckEnumAnalyzer : SchemaRuleAnalyzer
{
    private static readonly HashSet<string> IntegerTypes = new(StringComparer.Ordinal)
    {
        "smallint", "integer", "int", "int2", "int4", "int8", "bigint", "numeric", "decimal",
    };

    private static readonly HashSet<string> TextTypes = new(StringComparer.Ordinal)
    {
        "text", "varchar", "character varying", "char", "character", "bpchar", "citext", "name",
    };

    /// <summary>Creates the analyzer.</summary>
    public CheckEnumAnalyzer()
        : base(Descriptors.CheckEnumMismatch)
    {
    }

    private enum Storage
    {
        Integer,
        Text,
        PostgresEnum,
    }

    private protected override void Analyze(RuleContext context)
    {
        var model = context.Entity.Model;
        foreach (var (ordinal, check, attribute) in DeclaredAttributes.Checks(context.Type, context.Spec))
        {
            foreach (var (name, values) in SqlFragments.ValueLists(SqlTokenizer.Tokenize(check.Sql)))
            {
                var column = context.Spec.Columns.FirstOrDefault(c => c.Type.Kind == TypeKind.Enum && SqlFragments.Names(name, context.Directory.ColumnOf(c)));
                if (column is null || EnumOf(context, column.PropertyName) is not { } enumType)
                {
                    continue;
                }

                var detail = Compare(enumType, StorageOf(column.ColumnType), values);
                if (detail is not null)
                {
                    context.ReportAt(
                        Descriptors.CheckEnumMismatch,
                        context.AttributeLocation(attribute),
                        null,
                        ordinal < model.Checks.Count ? model.Checks[ordinal].Name : check.Name ?? string.Empty,
                        model.Table + "." + context.Directory.ColumnOf(column),
                        enumType.Name,
                        detail);
                }
            }
        }
    }

    private static INamedTypeSymbol? EnumOf(RuleContext context, string property)
    {
        var type = context.FindProperty(property)?.Type;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type is INamedTypeSymbol { TypeKind: Microsoft.CodeAnalysis.TypeKind.Enum } enumType
            && !enumType.HasAttribute("System", "FlagsAttribute")
                ? enumType
                : null;
    }

    private static Storage StorageOf(string? columnType)
    {
        if (columnType is null)
        {
            return Storage.Integer;
        }

        var type = columnType.Trim().ToLowerInvariant();
        var paren = type.IndexOf('(');
        if (paren >= 0)
        {
            type = type.Substring(0, paren).Trim();
        }

        return IntegerTypes.Contains(type) ? Storage.Integer
            : TextTypes.Contains(type) ? Storage.Text
            : Storage.PostgresEnum;
    }

    /// <summary>What is wrong with the listed values, or null when they agree with the enum.</summary>
    private static string? Compare(INamedTypeSymbol enumType, Storage storage, List<SqlToken> values)
    {
        var members = enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).ToList();
        if (members.Count == 0)
        {
            return null;
        }

        var strings = values.Where(v => v.Kind == SqlTokenKind.String).Select(v => v.Value).ToList();
        var numbers = values.Where(v => v.Kind == SqlTokenKind.Number).Select(v => v.Value).ToList();
        if (storage == Storage.Integer)
        {
            var stored = members.Select(m => (Member: m.Name, Value: Convert.ToString(m.ConstantValue, CultureInfo.InvariantCulture) ?? string.Empty)).ToList();
            if (strings.Count > 0)
            {
                return "EF Core stores the enum as an integer (no ColumnType), but the check lists "
                    + Quote(strings) + ", so every insert fails; list the numbers ("
                    + string.Join(", ", stored.Select(s => s.Value + " = " + s.Member))
                    + "), or set ColumnType = \"text\" to store the member names";
            }

            var listed = new HashSet<string>(numbers.Select(Normalize), StringComparer.Ordinal);
            var missing = stored.Where(s => !listed.Contains(s.Value)).Select(s => s.Value + " (" + s.Member + ")").ToList();
            var unknown = numbers.Where(n => !stored.Any(s => s.Value == Normalize(n))).ToList();
            return Describe(missing, unknown, hint: null);
        }

        var labels = members.Select(m => (Member: m.Name, Label: storage == Storage.Text ? m.Name : PgName(m) ?? SnakeCase.Convert(m.Name))).ToList();
        var how = storage == Storage.Text
            ? "EF Core writes the member names as declared ("
            : "Npgsql writes the PostgreSQL enum labels (";
        how += string.Join(", ", labels.Take(3).Select(l => "'" + l.Label + "'")) + (labels.Count > 3 ? ", ..." : string.Empty) + ") and the check compares them case-sensitively";
        if (numbers.Count > 0)
        {
            return "the column stores text, but the check lists numbers (" + string.Join(", ", numbers) + "); " + how;
        }

        var written = new HashSet<string>(strings, StringComparer.Ordinal);
        var missingLabels = labels.Where(l => !written.Contains(l.Label)).Select(l => "'" + l.Label + "'").ToList();
        var unknownLabels = strings.Where(s => !labels.Any(l => l.Label == s)).ToList();
        return Describe(missingLabels, unknownLabels.Select(s => "'" + s + "'").ToList(), unknownLabels.Count > 0 ? how : null);
    }

    private static string? Describe(List<string> missing, List<string> unknown, string? hint)
    {
        var parts = new List<string>();
        if (missing.Count > 0)
        {
            parts.Add(missing.Count == 1
                ? string.Join(", ", missing) + " is a member the check does not allow, so saving it fails"
                : string.Join(", ", missing) + " are members the check does not allow, so saving them fails");
        }

        if (unknown.Count > 0)
        {
            parts.Add(string.Join(", ", unknown) + (unknown.Count == 1 ? " is no member" : " are no members"));
        }

        if (parts.Count == 0)
        {
            return null;
        }

        return string.Join("; ", parts) + (hint is null ? string.Empty : " (" + hint + ")");
    }

    private static string Quote(List<string> values) => string.Join(", ", values.Select(v => "'" + v + "'"));

    /// <summary>A number as an enum constant prints it: no leading zeros, no <c>+</c>.</summary>
    private static string Normalize(string number)
        => decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value.ToString(CultureInfo.InvariantCulture)
            : number;

    /// <summary>Npgsql's <c>[PgName("...")]</c> on an enum member.</summary>
    private static string? PgName(IFieldSymbol member)
        => member.GetAttributes().Find("NpgsqlTypes", "PgNameAttribute")?.CtorString(0);
}
