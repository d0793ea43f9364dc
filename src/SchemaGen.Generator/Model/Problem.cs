namespace SchemaGen.Generator.Model;

/// <summary>
/// Something wrong with the model that the resolver found, without a location: the analyzer
/// maps <see cref="Target"/> and <see cref="Member"/> back to the class, property or attribute argument.
/// </summary>
internal sealed record Problem(string Id, ProblemTarget Target, string Member, EquatableArray<string> Arguments)
{
    /// <summary>A replacement the code fix can offer (a closest existing name, say), or null.</summary>
    public string? Suggestion { get; init; }

    public static Problem OnClass(string id, params string[] arguments)
        => new(id, ProblemTarget.Class, string.Empty, arguments.ToEquatableArray());

    public static Problem OnProperty(string id, string property, params string[] arguments)
        => new(id, ProblemTarget.Property, property, arguments.ToEquatableArray());

    /// <summary>A problem in the n-th class-level attribute of a kind (index within the member, e.g. "TableIndex:2").</summary>
    public static Problem OnClassAttribute(string id, string attributeKey, params string[] arguments)
        => new(id, ProblemTarget.ClassAttribute, attributeKey, arguments.ToEquatableArray());
}

/// <summary>What a problem sits on.</summary>
internal enum ProblemTarget
{
    Class,
    Property,
    ClassAttribute,
}
