using System.Collections.Generic;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emitting;

/// <summary>Writes the entry points that cover every entity: <c>ApplySchemaGenConfigurations()</c>.</summary>
internal static class AggregateEmitter
{
    public const string HintName = "SchemaGen.ModelBuilderExtensions.g.cs";

    public static string EmitModelBuilderExtensions(IReadOnlyList<EntityReference> entities, GeneratorOptions options)
    {
        var accessibility = options.Public ? "public" : "internal";
        var writer = new SourceWriter();
        Header.Write(writer);
        writer.Open("namespace Microsoft.EntityFrameworkCore");
        writer.Line("/// <summary>Applies the EF Core configurations SchemaGen generated for this assembly's entities.</summary>");
        writer.Line(Header.GeneratedCodeAttribute);
        writer.Open(accessibility + " static partial class SchemaGenModelBuilderExtensions");
        writer.Line("/// <summary>");
        writer.Line("/// Applies the configuration of every <c>[Entity]</c> class in this assembly: tables, columns, keys,");
        writer.Line("/// relationships, indexes and constraints. Call it from <c>OnModelCreating</c>.");
        writer.Line("/// </summary>");
        writer.Line("/// <param name=\"modelBuilder\">The model builder.</param>");
        writer.Line("/// <returns>The same model builder, so calls can be chained.</returns>");
        writer.Open("public static global::Microsoft.EntityFrameworkCore.ModelBuilder ApplySchemaGenConfigurations(this global::Microsoft.EntityFrameworkCore.ModelBuilder modelBuilder)");
        foreach (var entity in entities)
        {
            var configuration = "global::" + (entity.Namespace.Length > 0 ? entity.Namespace + "." : string.Empty) + entity.ConfigurationClassName;
            writer.Line("modelBuilder.ApplyConfiguration(new " + configuration + "());");
        }

        writer.Line("return modelBuilder;");
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }
}
