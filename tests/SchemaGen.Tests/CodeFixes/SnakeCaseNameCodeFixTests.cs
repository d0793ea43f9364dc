using System.Threading.Tasks;
using SchemaGen.CodeFixes;
using SchemaGen.Generator.Diagnostics;
using Xunit;
using Verify = SchemaGen.Tests.Infrastructure.CodeFixVerifier<SchemaGen.Generator.Analyzers.NotSnakeCaseAnalyzer, SchemaGen.CodeFixes.SnakeCaseNameCodeFix>;

namespace SchemaGen.Tests.CodeFixes;

public sealed class SnakeCaseNameCodeFixTests
{
    [Fact]
    public Task Fix_all_renames_tables_and_columns_where_they_are_written() => Verify.VerifyAsync("""
        using System;
        using System.ComponentModel.DataAnnotations.Schema;
        using SchemaGen;

        [Entity(Name = "UserAccounts", Comment = "accounts")]
        public class {|#0:UserAccount|}
        {
            public Guid Id { get; set; }

            [Field(Name = "EmailAddress", Unique = true)]
            public string {|#1:Email|} { get; set; } = "";

            [Column("user-ID", TypeName = "integer")]
            public int {|#2:LegacyId|} { get; set; }
        }

        [Entity]
        [Table(name: "AuditLog")]
        public class {|#3:AuditEntry|}
        {
            public Guid Id { get; set; }
        }
        """, """
        using System;
        using System.ComponentModel.DataAnnotations.Schema;
        using SchemaGen;

        [Entity(Name = "user_accounts", Comment = "accounts")]
        public class UserAccount
        {
            public Guid Id { get; set; }

            [Field(Name = "email_address", Unique = true)]
            public string Email { get; set; } = "";

            [Column("user_id", TypeName = "integer")]
            public int LegacyId { get; set; }
        }

        [Entity]
        [Table(name: "audit_log")]
        public class AuditEntry
        {
            public Guid Id { get; set; }
        }
        """,
        SnakeCaseNameCodeFix.EquivalenceKey,
        Verify.Diagnostic(Descriptors.NotSnakeCase).WithLocation(0).WithArguments("Table", "UserAccounts", "UserAccounts", "Name it 'user_accounts'."),
        Verify.Diagnostic(Descriptors.NotSnakeCase).WithLocation(1).WithArguments("Column", "UserAccounts.EmailAddress", "EmailAddress", "Name it 'email_address'."),
        Verify.Diagnostic(Descriptors.NotSnakeCase).WithLocation(2).WithArguments("Column", "UserAccounts.user-ID", "user-ID", "Name it 'user_id'."),
        Verify.Diagnostic(Descriptors.NotSnakeCase).WithLocation(3).WithArguments("Table", "AuditLog", "AuditLog", "Name it 'audit_log'."));

    [Fact]
    public Task Field_name_wins_over_Column_as_the_parser_reads_it() => Verify.VerifyAsync("""
        using System;
        using System.ComponentModel.DataAnnotations.Schema;
        using SchemaGen;

        [Entity]
        public class Account
        {
            public Guid Id { get; set; }

            [Column("Mail")]
            [Field(Name = "MailAddress")]
            public string {|#0:Email|} { get; set; } = "";
        }
        """, """
        using System;
        using System.ComponentModel.DataAnnotations.Schema;
        using SchemaGen;

        [Entity]
        public class Account
        {
            public Guid Id { get; set; }

            [Column("Mail")]
            [Field(Name = "mail_address")]
            public string Email { get; set; } = "";
        }
        """,
        SnakeCaseNameCodeFix.EquivalenceKey,
        Verify.Diagnostic(Descriptors.NotSnakeCase).WithLocation(0).WithArguments("Column", "account.MailAddress", "MailAddress", "Name it 'mail_address'."));
}
