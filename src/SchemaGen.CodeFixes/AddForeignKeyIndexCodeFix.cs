using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Diagnostics;

namespace SchemaGen.CodeFixes;

/// <summary>SG1002: adds <c>Index = true</c> to the foreign key's <c>[Field]</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddForeignKeyIndexCodeFix))]
[Shared]
public sealed class AddForeignKeyIndexCodeFix : PropertyRewriteCodeFix
{
    /// <summary>Groups this fix for Fix All.</summary>
    public const string EquivalenceKey = "SchemaGen.SG1002.AddIndex";

    /// <summary>Creates the fix.</summary>
    public AddForeignKeyIndexCodeFix()
        : base(DiagnosticIds.UnindexedForeignKey, "Add Index = true", EquivalenceKey)
    {
    }

    private protected override PropertyDeclarationSyntax Rewrite(PropertyDeclarationSyntax property)
        => AttributeEditor.SetNamedArgument(property, "Field", "Index", AttributeEditor.True);
}
