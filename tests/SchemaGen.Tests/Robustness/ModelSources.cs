using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis.CSharp;

namespace SchemaGen.Tests.Robustness;

/// <summary>One generated test case: the source files of a compilation, valid or not.</summary>
public sealed record ModelCase(IReadOnlyList<string> Files)
{
    public override string ToString() => string.Join("\n// ---- next file ----\n", Files);
}

/// <summary>
/// Generates entity models the way people half-type them: odd names (keywords, unicode, very long, plural,
/// duplicated), SQL and comments full of quotes, backslashes, newlines, <c>*/</c> and braces, foreign keys to
/// nothing and in cycles, nested/generic/record/abstract/static/partial classes split across files, missing keys,
/// <c>Jsonb</c> on scalars, attribute arguments of the wrong type, and files cut off mid-token.
/// </summary>
public static class ModelSources
{
    private static readonly string[] Texts =
    {
        "", "status IN ('pending', 'shipped')", "it's \"quoted\" \\ back\\slash", "line1\nline2\r\nline3", "*/ /* {0} {{ }} }",
        "\"); System.Console.WriteLine(\"x", "ünïcödé ✓ 日本語 🚀", new string('x', 300), "deleted_at IS NULL", "price > 0 AND \"Total\" < 10",
        "gen_random_uuid()", "now()", "$$ $tag$ ' \\x00", "\t", "#if DEBUG", "@\"verbatim\"", "{\"json\": [1, 2]}",
    };

    private static readonly string[] ClassNames =
    {
        "User", "Users", "Post", "Category", "People", "Order", "Group", "@class", "Ünïcode", "Status", "Address",
        "AVeryLongEntityNameThatKeepsGoingWellPastTheSixtyThreeByteLimitOfPostgreSQLIdentifiers", "Guid", "DbContext", "Item",
    };

    private static readonly string[] PropertyNames =
    {
        "Id", "Name", "Email", "AuthorId", "ParentId", "UserId", "CreatedAt", "UpdatedAt", "DeletedAt", "Password", "Price",
        "Status", "Tags", "@event", "Ünï", "Slug", "Total", "ApiToken", "Data", "Version",
        "StationIdentifierAssignedByTheNationalRegistryOfMonitoringStationsFirst",
    };

    private static readonly string[] PropertyTypes =
    {
        "System.Guid", "System.Guid?", "int", "long", "long?", "string", "string?", "System.DateTime", "System.DateTimeOffset",
        "System.DateTimeOffset?", "System.DateTime?", "decimal", "double", "bool?", "byte[]", "System.Text.Json.JsonDocument?",
        "System.Collections.Generic.List<string>", "System.Collections.Generic.Dictionary<string, object?>", "Payload?", "Kind",
        "ENTITY?", "System.Collections.Generic.List<ENTITY>", "object", "System.TimeSpan",
    };

    private static readonly string[] References =
    {
        "user.id", "User.Id", "post.id", "category.id", "nothing.id", "post.", ".id", "", "a.b.c", "users.id", "item.id", "order.id",
        "Item.Id", "category.parent_id",
    };

    private static readonly string[] ClassShapes =
    {
        "public class", "public sealed class", "public abstract class", "public static class", "public record", "public partial class",
        "internal class", "public class GENERIC", "NESTED", "PRIVATE_NESTED",
    };

    /// <summary>One value from each generator, in order.</summary>
    private static Gen<T[]> Sequence<T>(IReadOnlyList<Gen<T>> gens)
    {
        var all = Gen.Const(ImmutableList<T>.Empty);
        foreach (var gen in gens)
        {
            all = all.SelectMany(list => gen.Select(list.Add));
        }

        return all.Select(list => list.ToArray());
    }

    private static Gen<T> Pick<T>(T[] items) => Gen.Int[0, items.Length - 1].Select(i => items[i]);

    private static readonly Gen<string> Text = Pick(Texts);

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    /// <summary>Well-typed named arguments of [Field], one generator per argument name.</summary>
    private static readonly Gen<string>[] FieldArguments =
    {
        Gen.Bool.Select(b => "PrimaryKey = " + (b ? "true" : "false")),
        Gen.Const("Unique = true"),
        Gen.Const("Index = true"),
        Pick(References).Select(r => "ForeignKey = " + Literal(r)),
        Gen.Int[-1, 4].Select(i => i < 0 ? "OnDelete = (OnDelete)42" : "OnDelete = OnDelete." + new[] { "NoAction", "Restrict", "Cascade", "SetNull", "Cascade" }[i]),
        Text.Select(t => "Name = " + Literal(t)),
        Gen.OneOf(Gen.Const("timestamp"), Gen.Const("json"), Gen.Const("varchar(20)"), Gen.Const("serial"), Text).Select(t => "ColumnType = " + Literal(t)),
        Gen.Const("Jsonb = true"),
        Gen.Int[-5, 500].Select(i => "MaxLength = " + i),
        Text.Select(t => "DefaultSql = " + Literal(t)),
        Gen.Const("Sensitive = true"),
        Text.Select(t => "Comment = " + Literal(t)),
    };

    /// <summary>Distinct well-typed arguments: a valid [Field(...)] argument list.</summary>
    private static readonly Gen<string[]> ValidFieldArguments =
        Gen.Int[0, FieldArguments.Length - 1].Array[0, 4]
            .SelectMany(indexes => Sequence(indexes.Distinct().Select(i => FieldArguments[i]).ToArray()));

    private static readonly Gen<string> FieldArgument = Gen.OneOf(
        Gen.Bool.Select(b => "PrimaryKey = " + (b ? "true" : "false")),
        Gen.Const("Unique = true"),
        Gen.Const("Index = true"),
        Pick(References).Select(r => "ForeignKey = " + Literal(r)),
        Gen.Int[-1, 4].Select(i => i < 0 ? "OnDelete = (OnDelete)42" : "OnDelete = OnDelete." + new[] { "NoAction", "Restrict", "Cascade", "SetNull", "Cascade" }[i]),
        Text.Select(t => "Name = " + Literal(t)),
        Gen.OneOf(Gen.Const("timestamp"), Gen.Const("json"), Gen.Const("varchar(20)"), Gen.Const("serial"), Text).Select(t => "ColumnType = " + Literal(t)),
        Gen.Const("Jsonb = true"),
        Gen.Int[-5, 500].Select(i => "MaxLength = " + i),
        Text.Select(t => "DefaultSql = " + Literal(t)),
        Gen.Const("Sensitive = true"),
        Text.Select(t => "Comment = " + Literal(t)),
        Gen.Const("MaxLength = \"ten\""),
        Gen.Const("Name = 5"),
        Gen.Const("Unknown = 1"));

    private static Gen<string> Property(string name, bool valid) =>
        Gen.Select(Pick(PropertyTypes), valid ? ValidFieldArguments : FieldArgument.Array[0, 3], Gen.Int[0, 9], Gen.Bool)
            .Select((type, args, decoration, init) =>
            {
                var attributes = decoration switch
                {
                    < 5 => "[Field(" + string.Join(", ", args) + ")] ",
                    5 => valid ? "[Relationship(BackPopulates = \"Posts\", LinkModel = typeof(Payload))] " : "[Relationship(BackPopulates = \"Posts\", LinkModel = typeof(Item))] ",
                    6 => "[System.ComponentModel.DataAnnotations.Key] ",
                    7 => "[System.ComponentModel.DataAnnotations.Schema.NotMapped] ",
                    8 => "[System.ComponentModel.DataAnnotations.Timestamp] ",
                    _ => string.Empty,
                };
                var initializer = init && type == "System.Guid" ? " = System.Guid.NewGuid();" : init && type == "System.DateTime" ? " = System.DateTime.Now;" : string.Empty;
                return $"    {attributes}public {type} {name} {{ get; set; }}{initializer}";
            });

    private static Gen<string[]> Properties(bool valid) =>
        valid
            ? Gen.Shuffle(PropertyNames, 0, 6).SelectMany(names => Sequence(names.Select(n => Property(n, valid)).ToArray()))
            : Pick(PropertyNames).Array[0, 6].SelectMany(names => Sequence(names.Select(n => Property(n, valid)).ToArray()));

    private static Gen<string> ClassAttribute(bool valid) => Gen.OneOf(
        Gen.Select(Text, Text, Text).Select((n, s, c) => $"[Entity(Name = {Literal(n)}, Schema = {Literal(s)}, Comment = {Literal(c)})]"),
        Gen.Select(Text, Pick(PropertyNames).Array[0, 3], Text).Select((n, cols, w) =>
            $"[TableIndex({Literal(n)}{string.Concat(cols.Select(c => ", " + Literal(c.TrimStart('@'))))}, Unique = true, Where = {Literal(w)}, Method = \"gin\", Include = new[] {{ \"email\" }}, NullsDistinct = false)]"),
        Gen.Const(valid ? "[TableIndex(\"ix_thing\", \"name\")]" : "[TableIndex]"),
        Gen.Const(valid ? "[TableIndex(\"ix_none\", null, Include = null)]" : "[TableIndex(\"ix_nested\", new object[] { new[] { 1 } })]"),
        Text.Select(t => $"[Check({Literal(t)})]"),
        Gen.Select(Text, Text).Select((t, n) => $"[Check({Literal(t)}, Name = {Literal(n)})]"),
        Gen.Const("[SoftDelete]"),
        Gen.Const("[System.ComponentModel.DataAnnotations.Schema.Table(\"Things\", Schema = \"app\")]"),
        Gen.Const(valid ? "[Microsoft.EntityFrameworkCore.Index(\"Name\", IsUnique = true)]" : "[Microsoft.EntityFrameworkCore.Index(nameof(Name), IsUnique = true)]"));

    private static readonly string[] ValidShapes = { "public class", "public sealed class", "public abstract class", "public record", "public partial class", "internal class" };

    private static Gen<ClassCase> Class(string name, bool valid) =>
        Gen.Select(Pick(valid ? ValidShapes : ClassShapes), valid ? ClassAttribute(valid).Array[0, 3].Select(a => a.Distinct().Where(x => !x.StartsWith("[Entity(", StringComparison.Ordinal) && !x.StartsWith("[SoftDelete", StringComparison.Ordinal) && !x.StartsWith("[System.ComponentModel", StringComparison.Ordinal)).Concat(a.Where(x => x.StartsWith("[Entity(", StringComparison.Ordinal) || x.StartsWith("[SoftDelete", StringComparison.Ordinal) || x.StartsWith("[System.ComponentModel", StringComparison.Ordinal)).Take(1)).ToArray()) : ClassAttribute(valid).Array[0, 3], Properties(valid), Gen.Int[0, 9])
            .Select((shape, attributes, properties, entity) => new ClassCase(name, shape, attributes, properties, entity < 9 && !(valid && attributes.Any(a => a.StartsWith("[Entity(", StringComparison.Ordinal)))));

    private static Gen<ModelCase> Model(bool valid) =>
        (valid ? Gen.Shuffle(ClassNames, 1, 4) : Pick(ClassNames).Array[1, 4])
            .SelectMany(names => Sequence(names.Select(n => Class(n, valid)).ToArray()))
            .SelectMany(classes => Gen.Select(Gen.Int[1, 3], Gen.Int[0, 9], Gen.Int[0, 1000]).Select((fileCount, cut, cutAt) => Build(classes, fileCount, !valid && cut == 0, cutAt)));

    /// <summary>A case: 1–4 classes over 1–3 files; well-formed three times in five, otherwise anything goes (and sometimes cut off).</summary>
    public static readonly Gen<ModelCase> Cases = Gen.Frequency((3, Model(valid: true)), (2, Model(valid: false)));

    private static ModelCase Build(ClassCase[] classes, int fileCount, bool cut, int cutAt)
    {
        var names = classes.Select(c => c.Name).ToArray();
        var files = Enumerable.Range(0, fileCount).Select(_ => new List<string>()).ToList();
        for (var i = 0; i < classes.Length; i++)
        {
            files[i % fileCount].Add(Render(classes[i], names[(i + 1) % names.Length]));
            if (classes[i].Shape == "public partial class")
            {
                // The other half of a partial class, in another file.
                files[(i + 1) % fileCount].Add($"public partial class {classes[i].Name}\n{{\n    public string Extra{i} {{ get; set; }} = \"\";\n    public int Compute() => {i} * 2;\n}}");
            }
        }

        var sources = files.Select((parts, i) => Header + (i == 0 ? Support : string.Empty) + string.Join("\n\n", parts)).ToList();
        if (cut)
        {
            sources[0] = sources[0].Substring(0, sources[0].Length * cutAt / 1000);
        }

        return new ModelCase(sources);
    }

    private const string Header = "#nullable disable\nusing SchemaGen;\n\nnamespace Fuzz.Models;\n\n";

    private const string Support = """
        public sealed class Payload { public int Value { get; set; } public string? Note { get; set; } }
        public enum Kind { First, Second }
        public static class Noise { public static int Twice(int x) { var y = x * 2; return y; } }


        """;

    private sealed record ClassCase(string Name, string Shape, string[] Attributes, string[] Properties, bool Entity);

    private static string Render(ClassCase c, string other)
    {
        var attributes = (c.Entity ? "[Entity]\n" : string.Empty) + string.Concat(c.Attributes.Select(a => a + "\n"));
        var body = "{\n" + string.Join("\n", c.Properties.Select(p => p.Replace("ENTITY", other))) + "\n}";
        return c.Shape switch
        {
            "public class GENERIC" => $"{attributes}public class {c.Name}<T>\n{body}",
            "NESTED" => $"public static partial class Outer{c.Name.TrimStart('@')}\n{{\n{attributes}public class {c.Name}\n{body}\n}}",
            "PRIVATE_NESTED" => $"public class Host{c.Name.TrimStart('@')}\n{{\n{attributes}private class {c.Name}\n{body}\n}}",
            _ => $"{attributes}{c.Shape} {c.Name}\n{body}",
        };
    }
}
