using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Analyzers;

/// <summary>SG1001: an entity with no primary key (no <c>PrimaryKey</c>, no <c>[Key]</c>, no <c>Id</c>/<c>&lt;Type&gt;Id</c>).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingPrimaryKeyAnalyzer : SchemaRuleAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public MissingPrimaryKeyAnalyzer()
        : base(Descriptors.MissingPrimaryKey)
    {
    }

    private protected override void Analyze(RuleContext context)
    {
        if (context.Spec.KeySource == KeySource.None)
        {
            context.ReportOnClass(Descriptors.MissingPrimaryKey, context.Spec.ClassName, context.Entity.Model.Table);
        }
    }
}
