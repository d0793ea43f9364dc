namespace SchemaGen.Generator.Diagnostics;

/// <summary>The stable diagnostic IDs (public API: SPEC section 3).</summary>
internal static class DiagnosticIds
{
    /// <summary>Not in the SPEC table: an [Entity] class the generator has to skip (static, generic, unreachable).</summary>
    public const string UnmappableEntity = "SG0001";

    public const string MissingPrimaryKey = "SG1001";
    public const string UnindexedForeignKey = "SG1002";
    public const string PluralTableName = "SG1003";
    public const string MissingTimestamps = "SG1004";
    public const string SensitivePlainText = "SG1005";
    public const string SoftDeleteUniqueIndex = "SG1006";
    public const string BusinessKeyNotUnique = "SG1007";

    public const string UnresolvedForeignKey = "SG2001";
    public const string ForeignKeyTypeMismatch = "SG2002";
    public const string UnknownIndexColumn = "SG2003";
    public const string UnknownSqlIdentifier = "SG2004";
    public const string IdentifierTooLong = "SG2005";
    public const string DuplicateName = "SG2006";
    public const string JsonbNotJson = "SG2007";
    public const string SoftDeleteWithoutDeletedAt = "SG2008";
    public const string LocalDateTime = "SG2009";
    public const string InvalidLinkModel = "SG2010";
    public const string CheckEnumMismatch = "SG2011";

    public const string ReservedWord = "SG3001";
    public const string TimestampWithoutTimeZone = "SG3002";
    public const string JsonColumnType = "SG3003";
    public const string FixedLengthText = "SG3004";
    public const string SerialColumn = "SG3005";
    public const string IntPrimaryKey = "SG3006";
    public const string RedundantIndex = "SG3007";
    public const string RandomGuidDefault = "SG3008";
    public const string NullableBoolean = "SG3009";
    public const string NotSnakeCase = "SG3010";
    public const string FloatingPointMoney = "SG3011";
    public const string ByteArrayRowVersion = "SG3012";
}
