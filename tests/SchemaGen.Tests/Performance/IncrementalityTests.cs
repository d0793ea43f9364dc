using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator;
using SchemaGen.Generator.Model;
using SchemaGen.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Tests.Performance;

/// <summary>
/// What an edit costs, counted on the driver's tracked step reasons (never timed): on a 60-entity model, an
/// unrelated file, a method-body edit and a comment edit regenerate no output; an attribute change regenerates
/// that entity's configuration, plus an aggregate only when its text really changes.
/// </summary>
public sealed class IncrementalityTests
{
    private const int Entities = 60;

    [Fact]
    public void Model_of_60_entities_generates_once_and_holds_no_compiler_objects()
    {
        var first = GeneratorHarness.Run(SyntheticModel.Files(Entities));

        Assert.Equal(Entities + 3, first.Files.Count);
    }

    [Fact]
    public void Adding_an_unrelated_file_regenerates_nothing()
    {
        var edit = Edit(compilation => compilation.AddSyntaxTrees(Parse("namespace Other; public static class Extra { public static int One() => 1; }")));

        Assert.Empty(edit.Regenerated);
    }

    [Fact]
    public void Editing_a_method_body_in_an_entity_regenerates_nothing()
    {
        var edit = Edit(compilation => Replace(compilation, 7, "public int Score() => Quantity * 2;", "public int Score() { var doubled = Quantity * 2; return doubled + 1; }"));

        Assert.Empty(edit.Regenerated);
        Assert.DoesNotContain(edit.Steps(TrackingNames.Models), r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
    }

    [Fact]
    public void Editing_a_comment_or_whitespace_regenerates_nothing()
    {
        var edit = Edit(compilation => Replace(compilation, 7, "public class Item7\n{", "// The seventh item.\npublic class Item7\n{\n\n   "));

        Assert.Empty(edit.Regenerated);
    }

    [Fact]
    public void Changing_one_attribute_argument_regenerates_only_that_entity()
    {
        var edit = Edit(compilation => Replace(compilation, 7, "Comment = \"The display name.\"", "Comment = \"What people call it.\""));

        Assert.Equal(["Synthetic.Models.Item7.g.cs"], edit.Regenerated);
        Assert.Single(edit.Steps(TrackingNames.Models), r => r == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void An_attribute_change_that_shows_in_the_ERD_regenerates_the_entity_and_the_ERD_only()
    {
        var edit = Edit(compilation => Replace(compilation, 7, "MaxLength = 200", "MaxLength = 250"));

        Assert.Equal(["SchemaGen.Erd.g.cs", "Synthetic.Models.Item7.g.cs"], edit.Regenerated);
    }

    [Fact]
    public void Adding_an_entity_regenerates_it_and_the_entry_points()
    {
        var edit = Edit(compilation => compilation.AddSyntaxTrees(Parse(SyntheticModel.Entity(Entities))));

        Assert.Equal(
            ["SchemaGen.Erd.g.cs", "SchemaGen.ModelBuilderExtensions.g.cs", $"Synthetic.Models.Item{Entities}.g.cs"],
            edit.Regenerated);
    }

    private static SyntaxTree Parse(string source) => CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions);

    private static Compilation Replace(Compilation compilation, int entity, string oldText, string newText)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.ToString().Contains($"public class Item{entity}\n", StringComparison.Ordinal));
        var text = tree.ToString();
        Assert.Contains(oldText, text);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text.Replace(oldText, newText, StringComparison.Ordinal))));
    }

    private static EditResult Edit(Func<Compilation, Compilation> change)
    {
        var compilation = GeneratorHarness.CreateCompilation(SyntheticModel.Files(Entities));
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var run = driver.RunGenerators(change(compilation)).GetRunResult().Results.Single();
        Assert.Null(run.Exception);
        return new EditResult(run);
    }

    private sealed class EditResult(GeneratorRunResult run)
    {
        /// <summary>The hint names of the files whose source output step ran again and produced new text.</summary>
        public IReadOnlyList<string> Regenerated { get; } = Changed(run)
            .Distinct()
            .OrderBy(h => h, StringComparer.Ordinal)
            .ToList();

        public IEnumerable<IncrementalStepRunReason> Steps(string name)
            => run.TrackedSteps.TryGetValue(name, out var steps) ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason) : [];

        /// <summary>
        /// Source outputs are tracked per input, not per file: a re-run output step is matched to the files it
        /// produced through the step's inputs (the model it was given), whose hint names are known.
        /// </summary>
        private static IEnumerable<string> Changed(GeneratorRunResult run)
        {
            foreach (var step in run.TrackedOutputSteps.SelectMany(pair => pair.Value))
            {
                if (step.Outputs.All(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                {
                    continue;
                }

                foreach (var (input, _) in step.Inputs.SelectMany(i => i.Source.Outputs.Select(o => (o.Value, o.Reason))))
                {
                    foreach (var hint in HintNames(input))
                    {
                        yield return hint;
                    }
                }
            }
        }

        private static IEnumerable<string> HintNames(object value) => value switch
        {
            EntityModel model => [model.HintName],
            ValueTuple<EquatableArray<EntityReference>, GeneratorOptions> => ["SchemaGen.ModelBuilderExtensions.g.cs"],
            ValueTuple<bool, GeneratorOptions> => ["SchemaGen.Runtime.g.cs"],
            ValueTuple<EquatableArray<ErdEntity>, GeneratorOptions> => ["SchemaGen.Erd.g.cs"],
            _ => [],
        };
    }
}
