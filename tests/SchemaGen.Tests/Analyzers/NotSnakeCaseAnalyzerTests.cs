using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Tests.Infrastructure;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.AnalyzerVerifier<SchemaGen.Generator.Analyzers.NotSnakeCaseAnalyzer>;

namespace SchemaGen.Tests.Analyzers;

public sealed class NotSnakeCaseAnalyzerTests
{
    [Fact]
    public Task Explicit_names_that_are_not_snake_case_are_flagged_with_their_snake_case_form() => Verify.VerifyAsync("""
        using System;
        using System.ComponentModel.DataAnnotations.Schema;
        using SchemaGen;

        [Entity(Name = "UserAccounts")]
        public class {|#0:UserAccount|}
        {
            public Guid Id { get; set; }

            [Field(Name = "EmailAddress")]
            public string {|#1:Email|} { get; set; } = "";

            [Column("user-ID")]
            public int {|#2:LegacyId|} { get; set; }
        }

        [Entity]
        [Table("Audit Log")]
        public class {|#3:AuditEntry|}
        {
            public Guid Id { get; set; }

            [Column("Größe")]
            public int {|#4:Size|} { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.NotSnakeCase).WithLocation(0).WithArguments("Table", "UserAccounts", "UserAccounts", "Name it 'user_accounts'."),
        Verify.Diagnostic(Descriptors.NotSnakeCase).WithLocation(1).WithArguments("Column", "UserAccounts.EmailAddress", "EmailAddress", "Name it 'email_address'."),
        Verify.Diagnostic(Descriptors.NotSnakeCase).WithLocation(2).WithArguments("Column", "UserAccounts.user-ID", "user-ID", "Name it 'user_id'."),
        Verify.Diagnostic(Descriptors.NotSnakeCase).WithLocation(3).WithArguments("Table", "Audit Log", "Audit Log", "Name it 'audit_log'."),
        Verify.Diagnostic(Descriptors.NotSnakeCase).WithLocation(4).WithArguments("Column", "Audit Log.Größe", "Größe", "Use lower-case letters, digits and single underscores."));

    [Fact]
    public Task Snake_case_explicit_names_and_derived_names_are_fine() => Verify.VerifyAsync("""
        using System;
        using System.ComponentModel.DataAnnotations.Schema;
        using SchemaGen;

        [Entity(Name = "user_account")]
        public class UserAccount
        {
            public Guid Id { get; set; }

            [Field(Name = "email_address")]
            public string Email { get; set; } = "";

            [Column("legacy_id2")]
            public int LegacyId { get; set; }

            public string DisplayName { get; set; } = "";
        }

        [Entity]
        public class AuditEntry
        {
            public Guid Id { get; set; }
        }
        """);

    [Fact]
    public Task With_naming_none_a_name_equal_to_the_CSharp_name_is_fine_but_another_is_not() => NamingNone.VerifyAsync<NotSnakeCaseAnalyzer>("""
        using System;
        using System.ComponentModel.DataAnnotations.Schema;
        using SchemaGen;

        [Entity(Name = "UserAccount")]
        public class UserAccount
        {
            public Guid Id { get; set; }

            [Column("Email")]
            public string Email { get; set; } = "";

            [Field(Name = "UserID")]
            public int {|#0:LegacyId|} { get; set; }
        }
        """,
        Verify.Diagnostic(Descriptors.NotSnakeCase).WithLocation(0).WithArguments("Column", "UserAccount.UserID", "UserID", "Name it 'user_id'."));
}

/// <summary>Analyzer tests with the MSBuild property <c>SchemaGenNaming=none</c>.</summary>
internal static class NamingNone
{
    public static Task VerifyAsync<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : new()
    {
        var test = new RuleAnalyzerTest<TAnalyzer> { TestCode = source };
        TestSetup.Configure(test.TestState, test);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.SchemaGenNaming = none\n"));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }
}
