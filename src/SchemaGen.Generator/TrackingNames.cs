namespace SchemaGen.Generator;

/// <summary>Names of the generator's pipeline steps, for <c>WithTrackingName</c> and the caching tests.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string Entities = nameof(Entities);
    public const string AllEntities = nameof(AllEntities);
    public const string Models = nameof(Models);
    public const string References = nameof(References);
    public const string Runtime = nameof(Runtime);
    public const string Erd = nameof(Erd);

    public static readonly string[] All = { Options, Entities, AllEntities, Models, References, Runtime, Erd };
}
