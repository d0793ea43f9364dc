using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Diagnostics;

namespace SchemaGen.CodeFixes;

/// <summary>SG1007: adds <c>Unique = true</c> to the business key's <c>[Field]</c> (adding the attribute if needed).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddUniqueCodeFix))]
[Shared]
public sealed class AddUniqueCodeFix : PropertyRewriteCodeFix
{
    /// <summary>Groups this fix for Fix All.</summary>
    public const string EquivalenceKey = "SchemaGen.SG1007.AddUnique";

    /// <summary>Creates the fix.</summary>
    public AddUniqueCodeFix()
        : base(DiagnosticIds.BusinessKeyNotUnique, "Add Unique = true", EquivalenceKey)
    {
    }

    private protected override PropertyDeclarationSyntax Rewrite(PropertyDeclarationSyntax property)
        => AttributeEditor.SetSchemaGenArgument(property, "Field", "Unique", AttributeEditor.True);
}
