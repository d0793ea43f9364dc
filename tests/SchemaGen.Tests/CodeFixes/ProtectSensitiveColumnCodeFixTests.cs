using System.Threading.Tasks;
using SchemaGen.CodeFixes;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.CodeFixVerifier<SchemaGen.Generator.Analyzers.SensitivePlainTextAnalyzer, SchemaGen.CodeFixes.ProtectSensitiveColumnCodeFix>;

namespace SchemaGen.Tests.CodeFixes;

public sealed class ProtectSensitiveColumnCodeFixTests
{
    [Fact]
    public Task Renames_to_Hash_with_every_reference() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class Account
        {
            public Guid Id { get; set; }
            public string {|#0:Password|} { get; set; } = "";
        }

        public static class Accounts
        {
            public static bool Matches(Account account, string hash) => account.Password == hash;
        }
        """, """
        using System;
        using SchemaGen;

        [Entity]
        public class Account
        {
            public Guid Id { get; set; }
            public string PasswordHash { get; set; } = "";
        }

        public static class Accounts
        {
            public static bool Matches(Account account, string hash) => account.PasswordHash == hash;
        }
        """,
        ProtectSensitiveColumnCodeFix.RenameEquivalenceKey,
        Verify.Diagnostic(Descriptors.SensitivePlainText).WithLocation(0).WithArguments("account", "password", "password", "PasswordHash"));

    [Fact]
    public Task Marks_Sensitive_on_an_existing_Field() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class Account
        {
            public Guid Id { get; set; }

            [Field(MaxLength = 200)]
            public string {|#0:ApiKey|} { get; set; } = "";
        }
        """, """
        using System;
        using SchemaGen;

        [Entity]
        public class Account
        {
            public Guid Id { get; set; }

            [Field(MaxLength = 200, Sensitive = true)]
            public string ApiKey { get; set; } = "";
        }
        """,
        ProtectSensitiveColumnCodeFix.MarkSensitiveEquivalenceKey,
        Verify.Diagnostic(Descriptors.SensitivePlainText).WithLocation(0).WithArguments("account", "api_key", "api_key", "ApiKeyHash"));

    [Fact]
    public Task Fix_all_marks_every_secret_Sensitive() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class Account
        {
            public Guid Id { get; set; }

            public string {|#0:Password|} { get; set; } = "";

            public string? {|#1:ResetToken|} { get; set; }
        }
        """, """
        using System;
        using SchemaGen;

        [Entity]
        public class Account
        {
            public Guid Id { get; set; }

            [Field(Sensitive = true)]
            public string Password { get; set; } = "";

            [Field(Sensitive = true)]
            public string? ResetToken { get; set; }
        }
        """,
        ProtectSensitiveColumnCodeFix.MarkSensitiveEquivalenceKey,
        Verify.Diagnostic(Descriptors.SensitivePlainText).WithLocation(0).WithArguments("account", "password", "password", "PasswordHash"),
        Verify.Diagnostic(Descriptors.SensitivePlainText).WithLocation(1).WithArguments("account", "reset_token", "token", "ResetTokenHash"));

    [Fact]
    public Task Fix_all_renames_every_secret() => Verify.VerifyAsync("""
        using System;
        using SchemaGen;

        [Entity]
        public class Account
        {
            public Guid Id { get; set; }

            public string {|#0:Password|} { get; set; } = "";

            public string? {|#1:ResetToken|} { get; set; }
        }
        """, """
        using System;
        using SchemaGen;

        [Entity]
        public class Account
        {
            public Guid Id { get; set; }

            public string PasswordHash { get; set; } = "";

            public string? ResetTokenHash { get; set; }
        }
        """,
        ProtectSensitiveColumnCodeFix.RenameEquivalenceKey,
        Verify.Diagnostic(Descriptors.SensitivePlainText).WithLocation(0).WithArguments("account", "password", "password", "PasswordHash"),
        Verify.Diagnostic(Descriptors.SensitivePlainText).WithLocation(1).WithArguments("account", "reset_token", "token", "ResetTokenHash"));
}
