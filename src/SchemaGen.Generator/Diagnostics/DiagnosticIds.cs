namespace SchemaGen.Generator.Diagnostics;

/// <summary>The stable diagnostic IDs (public API: SPEC section 3).</summary>
internal static class DiagnosticIds
{
    public const string MissingPrimaryKey = "SG1001";
    public const string UnindexedForeignKey = "SG1002";
    public const string PluralTableName = "SG1003";
    public const string UnresolvedForeignKey = "SG2001";
    public const string ForeignKeyTypeMismatch = "SG2002";
    public const string UnknownIndexColumn = "SG2003";
}
