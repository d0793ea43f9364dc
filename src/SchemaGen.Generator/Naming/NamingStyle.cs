namespace SchemaGen.Generator.Naming;

/// <summary>The MSBuild option <c>SchemaGenNaming</c>.</summary>
internal enum NamingStyle
{
    /// <summary>Tables, columns and constraint names in snake_case (the default).</summary>
    SnakeCase,

    /// <summary>C# names as they are, and EF Core's default constraint names.</summary>
    None,
}
