using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SchemaGen.Tests.Performance;

/// <summary>
/// A synthetic schema of N entities, one file each, plus non-entity classes with method bodies as noise: about
/// 12 columns, one or two foreign keys, a composite index, and jsonb plus a check on every fifth entity.
/// Deterministic for a given N. The benchmarks use the same shape (see docs/performance.md).
/// </summary>
public static class SyntheticModel
{
    public static List<string> Files(int entities, int noiseClasses = -1)
    {
        var files = new List<string>();
        for (var i = 0; i < entities; i++)
        {
            files.Add(Entity(i));
        }

        for (var i = 0; i < (noiseClasses < 0 ? entities / 2 : noiseClasses); i++)
        {
            files.Add(Noise(i));
        }

        return files;
    }

    public static string Entity(int i, string nameComment = "The display name.", int maxLength = 200)
    {
        var source = new StringBuilder();
        source.Append("using System;\nusing System.Collections.Generic;\nusing SchemaGen;\n\nnamespace Synthetic.Models;\n\n");
        source.Append("[Entity]\n");
        source.Append($"[TableIndex(\"ix_item{i}_tenant_code\", nameof(TenantId), nameof(Code), Unique = true)]\n");
        if (i % 5 == 0)
        {
            source.Append($"[Check(\"quantity >= 0\", Name = \"quantity_not_negative\")]\n");
        }

        source.Append($"public class Item{i}\n{{\n");
        source.Append("    [Field(PrimaryKey = true)]\n    public Guid Id { get; set; }\n\n");
        source.Append("    public Guid TenantId { get; set; }\n\n");
        source.Append("    public string Code { get; set; } = \"\";\n\n");
        source.Append($"    [Field(MaxLength = {maxLength}, Comment = \"{nameComment}\")]\n    public string Name {{ get; set; }} = \"\";\n\n");
        source.Append("    public string? Description { get; set; }\n\n");
        source.Append("    public int Quantity { get; set; }\n\n");
        source.Append("    public decimal Amount { get; set; }\n\n");
        source.Append("    public bool IsActive { get; set; }\n\n");
        source.Append("    public DateTimeOffset CreatedAt { get; set; }\n\n");
        source.Append("    public DateTimeOffset UpdatedAt { get; set; }\n\n");
        if (i > 0)
        {
            source.Append($"    [Field(ForeignKey = \"item{i - 1}.id\", Index = true)]\n    public Guid ParentId {{ get; set; }}\n\n");
        }

        if (i > 1 && i % 2 == 0)
        {
            source.Append($"    [Field(ForeignKey = \"Item{i - 2}.Id\", Index = true)]\n    public Guid? RelatedId {{ get; set; }}\n\n");
        }

        if (i % 5 == 0)
        {
            source.Append("    [Field(Jsonb = true)]\n    public Dictionary<string, object?> Attributes { get; set; } = new();\n\n");
        }

        source.Append("    public int Score() => Quantity * 2;\n}\n");
        return source.ToString();
    }

    public static string Noise(int i)
        => $$"""
            using System;
            using System.Linq;

            namespace Synthetic.Services;

            public sealed class Service{{i}}
            {
                private readonly int[] _values = Enumerable.Range(0, {{i % 17 + 3}}).ToArray();

                public int Sum() => _values.Sum();

                public string Describe(int x)
                {
                    var total = 0;
                    for (var j = 0; j < x; j++)
                    {
                        total += j * {{i}};
                    }

                    return $"service {{i}}: {total}";
                }
            }
            """;
}
