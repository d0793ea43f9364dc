namespace SchemaGen.Generator.Parsing;

/// <summary>Metadata names of the attributes and types the parser recognises.</summary>
internal static class KnownNames
{
    public const string SchemaGenNamespace = "SchemaGen";
    public const string EntityAttribute = "SchemaGen.EntityAttribute";
    public const string Entity = "EntityAttribute";
    public const string Field = "FieldAttribute";
    public const string Relationship = "RelationshipAttribute";
    public const string TableIndex = "TableIndexAttribute";
    public const string Check = "CheckAttribute";
    public const string SoftDelete = "SoftDeleteAttribute";

    public const string DataAnnotations = "System.ComponentModel.DataAnnotations";
    public const string DataAnnotationsSchema = "System.ComponentModel.DataAnnotations.Schema";
    public const string EfCore = "Microsoft.EntityFrameworkCore";
    public const string Key = "KeyAttribute";
    public const string Timestamp = "TimestampAttribute";
    public const string MaxLength = "MaxLengthAttribute";
    public const string StringLength = "StringLengthAttribute";
    public const string Table = "TableAttribute";
    public const string Column = "ColumnAttribute";
    public const string NotMapped = "NotMappedAttribute";
    public const string EfIndex = "IndexAttribute";
}
