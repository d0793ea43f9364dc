namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// Keys of the diagnostic properties that the SG3xxx analyzers hand to their code fixes, so that a fix acts on
/// what the analyzer found instead of parsing the model again.
/// </summary>
internal static class FixProperties
{
    /// <summary>The new <c>ColumnType</c> (SG3002-SG3005); empty to remove the argument.</summary>
    public const string ColumnType = "ColumnType";

    /// <summary><c>"true"</c> when removing a serial type must also mark the property as an identity column (SG3005).</summary>
    public const string AddIdentity = "AddIdentity";

    /// <summary>The final column name, as SQL (quoted when needed), for a check the fix adds (SG3004).</summary>
    public const string SqlColumn = "SqlColumn";

    /// <summary>The character limit of a <c>varchar(n)</c>/<c>char(n)</c> (SG3004).</summary>
    public const string Length = "Length";

    /// <summary>
    /// What declares a redundant index (SG3007): <see cref="RedundantTableIndex"/> or <see cref="RedundantEfIndex"/>
    /// (the diagnostic sits on that attribute), or <see cref="RedundantField"/> (on the property).
    /// </summary>
    public const string RedundantOrigin = "RedundantOrigin";

    public const string RedundantTableIndex = "TableIndex";

    public const string RedundantEfIndex = "Index";

    public const string RedundantField = "Field";

    /// <summary>How SG3008 is fixed: <see cref="GuidCreateVersion7"/> or <see cref="GuidRemoveDefault"/>.</summary>
    public const string GuidFix = "GuidFix";

    public const string GuidCreateVersion7 = "CreateVersion7";

    public const string GuidRemoveDefault = "RemoveDefault";
}
