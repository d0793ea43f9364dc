using Microsoft.CodeAnalysis;

namespace SchemaGen.Generator.Diagnostics;

/// <summary>
/// Every diagnostic SchemaGen reports, made by one factory that always sets the category, the default
/// severity and the help link to <c>docs/rules/&lt;ID&gt;.md</c>.
/// </summary>
internal static class Descriptors
{
    public const string HelpLinkBase = "https://github.com/schemagen/schemagen/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor UnmappableEntity = Create(
        DiagnosticIds.UnmappableEntity,
        Categories.Correctness,
        DiagnosticSeverity.Error,
        "[Entity] class that cannot be mapped",
        "Class '{0}' has [Entity] but cannot be mapped because {1}; SchemaGen generates no configuration for it. {2}");

    public static readonly DiagnosticDescriptor MissingPrimaryKey = Create(
        DiagnosticIds.MissingPrimaryKey,
        Categories.Design,
        DiagnosticSeverity.Error,
        "Entity has no primary key",
        "Entity '{0}' (table '{1}') has no primary key; EF Core cannot map it. Mark the key with [Field(PrimaryKey = true)] or add a Guid Id property.");

    public static readonly DiagnosticDescriptor UnindexedForeignKey = Create(
        DiagnosticIds.UnindexedForeignKey,
        Categories.Performance,
        DiagnosticSeverity.Warning,
        "Foreign key has no index",
        "Foreign key '{0}.{1}' has no index; PostgreSQL does not index foreign keys, so joins and cascading deletes scan '{0}'.{2} Add Index = true.");

    public static readonly DiagnosticDescriptor PluralTableName = Create(
        DiagnosticIds.PluralTableName,
        Categories.Naming,
        DiagnosticSeverity.Warning,
        "Table name is plural",
        "Table name '{0}' is plural; name tables in the singular, one row is one '{1}'. {2}");

    public static readonly DiagnosticDescriptor UnresolvedForeignKey = Create(
        DiagnosticIds.UnresolvedForeignKey,
        Categories.Correctness,
        DiagnosticSeverity.Error,
        "Foreign key does not resolve",
        "ForeignKey \"{0}\" on '{1}' does not resolve: {2}");

    public static readonly DiagnosticDescriptor ForeignKeyTypeMismatch = Create(
        DiagnosticIds.ForeignKeyTypeMismatch,
        Categories.Correctness,
        DiagnosticSeverity.Error,
        "Foreign key type differs from the referenced key",
        "Foreign key '{0}' is '{1}' but the key it references, '{2}', is '{3}'; make both the same type.");

    public static readonly DiagnosticDescriptor UnknownIndexColumn = Create(
        DiagnosticIds.UnknownIndexColumn,
        Categories.Correctness,
        DiagnosticSeverity.Error,
        "Index names a column that does not exist",
        "Index '{0}' names '{1}', which is neither a property nor a column of '{2}'.{3}");

    public static readonly DiagnosticDescriptor MissingTimestamps = Create(
        DiagnosticIds.MissingTimestamps,
        Categories.Design,
        DiagnosticSeverity.Warning,
        "Mutable table has no timestamps",
        "Table '{0}' has no {1}; mutable tables need created_at and updated_at to tell when a row appeared and last changed. {2}");

    public static readonly DiagnosticDescriptor SensitivePlainText = Create(
        DiagnosticIds.SensitivePlainText,
        Categories.Security,
        DiagnosticSeverity.Warning,
        "Sensitive-looking column stored as plain text",
        "Column '{0}.{1}' looks like it holds a secret ({2}) but is stored as plain text. Store a hash or ciphertext and name it '{3}', or mark it [Field(Sensitive = true)] if it is already protected.");

    public static readonly DiagnosticDescriptor SoftDeleteUniqueIndex = Create(
        DiagnosticIds.SoftDeleteUniqueIndex,
        Categories.Design,
        DiagnosticSeverity.Warning,
        "Soft-deleted table without partial index for active rows",
        "{0}");

    public static readonly DiagnosticDescriptor BusinessKeyNotUnique = Create(
        DiagnosticIds.BusinessKeyNotUnique,
        Categories.Design,
        DiagnosticSeverity.Info,
        "Business key without a unique constraint",
        "Column '{0}.{1}' looks like a business key ({2}) but nothing keeps it unique, so two rows can share one. Add Unique = true, or a unique [TableIndex] that includes it.");

    public static readonly DiagnosticDescriptor UnknownSqlIdentifier = Create(
        DiagnosticIds.UnknownSqlIdentifier,
        Categories.Correctness,
        DiagnosticSeverity.Warning,
        "SQL fragment refers to an unknown column",
        "{0} of '{1}' refers to '{2}', which is no column of '{1}'; SQL fragments are written against the final column names.{3}");

    public static readonly DiagnosticDescriptor IdentifierTooLong = Create(
        DiagnosticIds.IdentifierTooLong,
        Categories.Correctness,
        DiagnosticSeverity.Error,
        "Identifier longer than 63 bytes",
        "{0} '{1}' is {2} bytes long, more than PostgreSQL's 63; {3}. Shorten it to 63 bytes or fewer.");

    public static readonly DiagnosticDescriptor DuplicateName = Create(
        DiagnosticIds.DuplicateName,
        Categories.Correctness,
        DiagnosticSeverity.Error,
        "Duplicate table, constraint or index name",
        "The {0} name '{1}' is also used by {2} in schema '{3}'; PostgreSQL needs it to be unique there. Rename one of them.");

    public static readonly DiagnosticDescriptor JsonbNotJson = Create(
        DiagnosticIds.JsonbNotJson,
        Categories.Correctness,
        DiagnosticSeverity.Error,
        "Jsonb on a type that is not stored as JSON",
        "Column '{0}.{1}' is marked Jsonb, but '{2}' is a scalar, not a JSON document; it belongs in a column of its own type. Remove Jsonb = true, or use a class, a collection, a dictionary, a string or a JsonDocument.");

    public static readonly DiagnosticDescriptor SoftDeleteWithoutDeletedAt = Create(
        DiagnosticIds.SoftDeleteWithoutDeletedAt,
        Categories.Correctness,
        DiagnosticSeverity.Error,
        "[SoftDelete] without a nullable DeletedAt",
        "[SoftDelete] entity '{0}' (table '{1}') needs a nullable 'DeletedAt' (DateTime? or DateTimeOffset?), whose NULL marks the active rows{2}. {3}");

    public static readonly DiagnosticDescriptor LocalDateTime = Create(
        DiagnosticIds.LocalDateTime,
        Categories.Correctness,
        DiagnosticSeverity.Warning,
        "Local DateTime assigned to a timestamp column",
        "'{0}' is local time, but '{1}' is a timestamptz column, and Npgsql refuses local times for timestamptz when saving. Use {2}.");

    public static readonly DiagnosticDescriptor InvalidLinkModel = Create(
        DiagnosticIds.InvalidLinkModel,
        Categories.Correctness,
        DiagnosticSeverity.Error,
        "Invalid many-to-many link model",
        "LinkModel '{0}' of '{1}' {2}");

    public static readonly DiagnosticDescriptor CheckEnumMismatch = Create(
        DiagnosticIds.CheckEnumMismatch,
        Categories.Correctness,
        DiagnosticSeverity.Warning,
        "Check constraint disagrees with the enum",
        "Check '{0}' lists values for '{1}' that disagree with enum '{2}': {3}.");

    public static readonly DiagnosticDescriptor ReservedWord = Create(
        DiagnosticIds.ReservedWord,
        Categories.Naming,
        DiagnosticSeverity.Info,
        "Name is a PostgreSQL reserved word",
        "{0} '{1}' is named with a PostgreSQL reserved word, so every hand-written query must quote it (\"{2}\"). Choose another name with {3}.");

    public static readonly DiagnosticDescriptor TimestampWithoutTimeZone = Create(
        DiagnosticIds.TimestampWithoutTimeZone,
        Categories.Compatibility,
        DiagnosticSeverity.Warning,
        "Timestamp without time zone",
        "Column '{0}.{1}' is '{2}', which stores no time zone: the same instant written from two time zones reads back as two different times. Use '{3}' (Npgsql then reads and writes UTC DateTime and DateTimeOffset).");

    public static readonly DiagnosticDescriptor JsonColumnType = Create(
        DiagnosticIds.JsonColumnType,
        Categories.Performance,
        DiagnosticSeverity.Warning,
        "json instead of jsonb",
        "Column '{0}.{1}' is '{2}', which is stored as text and re-parsed on every use; jsonb is stored parsed and can be indexed with GIN. Use '{3}'.");

    public static readonly DiagnosticDescriptor FixedLengthText = Create(
        DiagnosticIds.FixedLengthText,
        Categories.Design,
        DiagnosticSeverity.Info,
        "varchar(n) or char(n) column",
        "Column '{0}.{1}' is '{2}'; in PostgreSQL it is no faster than text, char(n) pads with spaces, and changing n needs a migration. Use '{3}', with a check on char_length if the limit is a business rule.");

    public static readonly DiagnosticDescriptor SerialColumn = Create(
        DiagnosticIds.SerialColumn,
        Categories.Design,
        DiagnosticSeverity.Warning,
        "serial column",
        "Column '{0}.{1}' is '{2}', a legacy sequence default with loose ownership and permissions. {3}");

    public static readonly DiagnosticDescriptor IntPrimaryKey = Create(
        DiagnosticIds.IntPrimaryKey,
        Categories.Design,
        DiagnosticSeverity.Info,
        "int primary key",
        "Primary key '{0}.{1}' is {2} and runs out after {3} rows; use long (bigint), or Guid.");

    public static readonly DiagnosticDescriptor RedundantIndex = Create(
        DiagnosticIds.RedundantIndex,
        Categories.Performance,
        DiagnosticSeverity.Warning,
        "Redundant index",
        "Index '{0}' on '{1}' is redundant: {2}. Every index slows down writes and takes space; {3}.");

    public static readonly DiagnosticDescriptor RandomGuidDefault = Create(
        DiagnosticIds.RandomGuidDefault,
        Categories.Performance,
        DiagnosticSeverity.Info,
        "Random UUID key default",
        "Key '{0}' defaults to Guid.NewGuid(), a random UUID that scatters inserts across the primary-key index. {1}");

    public static readonly DiagnosticDescriptor NullableBoolean = Create(
        DiagnosticIds.NullableBoolean,
        Categories.Design,
        DiagnosticSeverity.Info,
        "Three-state boolean column",
        "Column '{0}.{1}' is a bool?, a three-state boolean whose NULL rarely means what readers think. Make it bool with a default, or an enum that names the third state.");

    public static readonly DiagnosticDescriptor NotSnakeCase = Create(
        DiagnosticIds.NotSnakeCase,
        Categories.Naming,
        DiagnosticSeverity.Warning,
        "Name is not snake_case",
        "{0} '{1}' is not snake_case, so every hand-written query must quote it (\"{2}\"). {3}");

    public static readonly DiagnosticDescriptor FloatingPointMoney = Create(
        DiagnosticIds.FloatingPointMoney,
        Categories.Correctness,
        DiagnosticSeverity.Warning,
        "Floating-point money column",
        "Column '{0}.{1}' looks like money but is a {2}; binary floating point cannot hold 0.10 exactly and sums drift. Use decimal (numeric).");

    public static readonly DiagnosticDescriptor ByteArrayRowVersion = Create(
        DiagnosticIds.ByteArrayRowVersion,
        Categories.Compatibility,
        DiagnosticSeverity.Warning,
        "byte[] row version",
        "'{0}' is a byte[] row version, but PostgreSQL has no rowversion type and nothing ever sets the column, so inserts fail or concurrency checks never fire. Use '[Timestamp] public uint {1} {{ get; set; }}', which Npgsql maps to the xmin system column.");

    /// <summary>Every descriptor, for the meta-tests and for analyzers that report several.</summary>
    public static readonly DiagnosticDescriptor[] All =
    {
        UnmappableEntity,
        MissingPrimaryKey,
        UnindexedForeignKey,
        PluralTableName,
        MissingTimestamps,
        SensitivePlainText,
        SoftDeleteUniqueIndex,
        BusinessKeyNotUnique,
        UnresolvedForeignKey,
        ForeignKeyTypeMismatch,
        UnknownIndexColumn,
        UnknownSqlIdentifier,
        IdentifierTooLong,
        DuplicateName,
        JsonbNotJson,
        SoftDeleteWithoutDeletedAt,
        LocalDateTime,
        InvalidLinkModel,
        CheckEnumMismatch,
        ReservedWord,
        TimestampWithoutTimeZone,
        JsonColumnType,
        FixedLengthText,
        SerialColumn,
        IntPrimaryKey,
        RedundantIndex,
        RandomGuidDefault,
        NullableBoolean,
        NotSnakeCase,
        FloatingPointMoney,
        ByteArrayRowVersion,
    };

    public static DiagnosticDescriptor? ById(string id)
    {
        foreach (var descriptor in All)
        {
            if (descriptor.Id == id)
            {
                return descriptor;
            }
        }

        return null;
    }

    private static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity severity, string title, string message)
        => new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");

    /// <summary>Diagnostic categories.</summary>
    public static class Categories
    {
        public const string Design = "SchemaGen.Design";
        public const string Performance = "SchemaGen.Performance";
        public const string Naming = "SchemaGen.Naming";
        public const string Correctness = "SchemaGen.Correctness";
        public const string Compatibility = "SchemaGen.Compatibility";
        public const string Security = "SchemaGen.Security";
    }
}
