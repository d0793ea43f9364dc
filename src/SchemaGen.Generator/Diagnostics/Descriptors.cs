using Microsoft.CodeAnalysis;

namespace SchemaGen.Generator.Diagnostics;

/// <summary>
/// Every diagnostic SchemaGen reports, made by one factory that always sets the category, the default
/// severity and the help link to <c>docs/rules/&lt;ID&gt;.md</c>.
/// </summary>
internal static class Descriptors
{
    public const string HelpLinkBase = "https://github.com/schemagen/schemagen/blob/main/docs/rules/";

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

    /// <summary>Every descriptor, for the meta-tests and for analyzers that report several.</summary>
    public static readonly DiagnosticDescriptor[] All =
    {
        MissingPrimaryKey,
        UnindexedForeignKey,
        PluralTableName,
        UnresolvedForeignKey,
        ForeignKeyTypeMismatch,
        UnknownIndexColumn,
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
    }
}
