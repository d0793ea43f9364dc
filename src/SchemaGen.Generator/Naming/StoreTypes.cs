using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Naming;

/// <summary>The PostgreSQL type Npgsql gives a column, in one word, for the ERD.</summary>
internal static class StoreTypes
{
    public static string Describe(string? columnType, TypeKind kind, int? maxLength)
    {
        if (columnType is { Length: > 0 })
        {
            var word = columnType.Trim().ToLowerInvariant() switch
            {
                "timestamp with time zone" => "timestamptz",
                "timestamp without time zone" => "timestamp",
                "double precision" => "float8",
                "character varying" => "varchar",
                var other => other,
            };
            return Sanitize(word);
        }

        return kind switch
        {
            TypeKind.String => maxLength is { } n ? "varchar(" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" : "text",
            TypeKind.Guid => "uuid",
            TypeKind.Int16 => "smallint",
            TypeKind.Int32 => "integer",
            TypeKind.Int64 => "bigint",
            TypeKind.Decimal => "numeric",
            TypeKind.Single => "real",
            TypeKind.Double => "float8",
            TypeKind.Boolean => "boolean",
            TypeKind.DateTime or TypeKind.DateTimeOffset => "timestamptz",
            TypeKind.DateOnly => "date",
            TypeKind.TimeOnly => "time",
            TypeKind.TimeSpan => "interval",
            TypeKind.Enum => "integer",
            TypeKind.ByteArray => "bytea",
            TypeKind.Json => "jsonb",
            TypeKind.Collection => "array",
            _ => "unknown",
        };
    }

    /// <summary>Mermaid takes one word as an attribute type: spaces and commas become underscores.</summary>
    private static string Sanitize(string type)
    {
        var chars = type.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!(char.IsLetterOrDigit(chars[i]) || chars[i] is '(' or ')' or '[' or ']' or '_' or '-'))
            {
                chars[i] = '_';
            }
        }

        return new string(chars);
    }
}
