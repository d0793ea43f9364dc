using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emitting;

/// <summary>Writes <c>SchemaGen.Generated.SchemaGenModel.MermaidErd</c>: a Mermaid <c>erDiagram</c> of every entity, named by table.</summary>
internal static class ErdEmitter
{
    public const string HintName = "SchemaGen.Erd.g.cs";

    /// <summary>The part of the models the diagram shows, so the ERD is re-emitted only when that changes.</summary>
    public static EquatableArray<ErdEntity> Project(ImmutableArray<EntityModel> models)
        => models
            .OrderBy(m => m.Table, System.StringComparer.Ordinal)
            .Select(m => new ErdEntity(
                Word(m.Table),
                m.Columns.Select(c => new ErdColumn(c.ColumnName, c.StoreType, Keys(c))).ToEquatableArray(),
                m.Relationships.Select(r => new ErdRelationship(
                    Word(r.PrincipalTable),
                    (r.IsRequired ? "||" : "|o") + "--" + (r.InverseIsCollection ? "o{" : "o|"),
                    r.Navigation ?? string.Join("_", r.ForeignKeyProperties))).ToEquatableArray()))
            .ToEquatableArray();

    public static string Emit(EquatableArray<ErdEntity> entities, GeneratorOptions options)
    {
        var diagram = new StringBuilder("erDiagram\n");
        foreach (var entity in entities)
        {
            diagram.Append("    ").Append(entity.Name).Append(" {\n");
            foreach (var column in entity.Columns)
            {
                diagram.Append("        ").Append(column.Type).Append(' ').Append(Word(column.Name));
                if (column.Keys.Length > 0)
                {
                    diagram.Append(' ').Append(column.Keys);
                }

                diagram.Append('\n');
            }

            diagram.Append("    }\n");
        }

        foreach (var entity in entities)
        {
            foreach (var relationship in entity.Relationships)
            {
                diagram.Append("    ").Append(relationship.Principal).Append(' ').Append(relationship.Cardinality).Append(' ')
                    .Append(entity.Name).Append(" : \"").Append(relationship.Label.Replace("\"", "'")).Append("\"\n");
            }
        }

        var writer = new SourceWriter();
        Header.Write(writer);
        writer.Open("namespace SchemaGen.Generated");
        writer.Line("/// <summary>The schema SchemaGen generated, as data.</summary>");
        writer.Line(Header.GeneratedCodeAttribute);
        writer.Open((options.Public ? "public" : "internal") + " static partial class SchemaGenModel");
        writer.Line("/// <summary>A Mermaid <c>erDiagram</c> of every entity: tables, columns with PK/FK/UK marks, and relationships.</summary>");
        writer.Line("public const string MermaidErd = " + SourceWriter.Literal(diagram.ToString()) + ";");
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static string Keys(ColumnModel column)
    {
        var keys = new List<string>();
        if (column.IsPrimaryKey)
        {
            keys.Add("PK");
        }

        if (column.IsForeignKey)
        {
            keys.Add("FK");
        }

        if (column.IsUnique && !column.IsPrimaryKey)
        {
            keys.Add("UK");
        }

        return string.Join(", ", keys);
    }

    /// <summary>Mermaid names are words: anything else becomes an underscore.</summary>
    private static string Word(string name)
    {
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!(char.IsLetterOrDigit(chars[i]) || chars[i] is '_' or '-'))
            {
                chars[i] = '_';
            }
        }

        return chars.Length == 0 ? "_" : new string(chars);
    }
}
