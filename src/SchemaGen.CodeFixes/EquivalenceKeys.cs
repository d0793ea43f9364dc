namespace SchemaGen.CodeFixes;

/// <summary>Equivalence keys of the code fixes, so Fix All groups the same fix together.</summary>
internal static class EquivalenceKeys
{
    public const string AddForeignKeyIndex = "SchemaGen.AddForeignKeyIndex";
}
