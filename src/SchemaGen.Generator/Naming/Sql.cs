namespace SchemaGen.Generator.Naming;

/// <summary>SQL text helpers.</summary>
internal static class Sql
{
    /// <summary>Quotes an identifier only when PostgreSQL would otherwise fold or reject it.</summary>
    public static string QuoteIdentifier(string identifier)
        => SnakeCase.IsSnakeCase(identifier) && !(identifier[0] >= '0' && identifier[0] <= '9')
            ? identifier
            : "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
